package org.careroute.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.GeoPoint;

/**
 * The fixed facts of the demo practice in the Sacramento area; the loader adds seeded randomness.
 */
final class DemoPractice {

  static final String PASSWORD = "careroute-demo";
  static final String ZONE = "America/Los_Angeles";
  static final GeoPoint SACRAMENTO = new GeoPoint(38.5816, -121.4944);
  static final long SEED = 20_261_122L;
  static final int PATIENTS = 200;

  /** Four weeks: the booking page's default series (6 sessions, 2 to 4 days apart) fits in them. */
  static final int SHIFT_DAYS = 28;

  /**
   * Field nurses may come home up to half an hour late when the routes need it: the planner weighs
   * it as overtime.
   */
  static final java.time.Duration FIELD_OVERTIME = java.time.Duration.ofMinutes(30);

  static final int BOOKING_DAYS = 7;

  record ClinicFact(
      String name, String address, String phone, GeoPoint location, int chairs, boolean saturday) {}

  record NurseFact(
      String name, ClinicFact clinic, boolean field, Set<Certification> certifications) {}

  static final ClinicFact MIDTOWN =
      new ClinicFact(
          "CareRoute Midtown",
          "2315 J Street, Sacramento, CA 95816",
          "+1 916 555 0100",
          new GeoPoint(38.5752, -121.4787),
          8,
          true);
  static final ClinicFact ROSEVILLE =
      new ClinicFact(
          "CareRoute Roseville",
          "1420 Eureka Road, Roseville, CA 95661",
          "+1 916 555 0200",
          new GeoPoint(38.7479, -121.2644),
          6,
          false);

  static final List<NurseFact> NURSES =
      List.of(
          new NurseFact(
              "Maria Alvarez",
              MIDTOWN,
              false,
              EnumSet.of(Certification.IV_THERAPY, Certification.ACLS)),
          new NurseFact("James Chen", MIDTOWN, false, EnumSet.of(Certification.IV_THERAPY)),
          new NurseFact(
              "Aisha Johnson",
              MIDTOWN,
              false,
              EnumSet.of(Certification.IV_THERAPY, Certification.ACLS)),
          new NurseFact("Robert Kim", MIDTOWN, false, EnumSet.of(Certification.IV_THERAPY)),
          new NurseFact("Linda Nguyen", MIDTOWN, false, EnumSet.noneOf(Certification.class)),
          new NurseFact(
              "David Okafor",
              ROSEVILLE,
              false,
              EnumSet.of(Certification.IV_THERAPY, Certification.ACLS)),
          new NurseFact("Sarah Patel", ROSEVILLE, false, EnumSet.of(Certification.IV_THERAPY)),
          new NurseFact("Michael Reyes", ROSEVILLE, false, EnumSet.of(Certification.IV_THERAPY)),
          new NurseFact("Emily Schmidt", ROSEVILLE, false, EnumSet.of(Certification.ACLS)),
          new NurseFact(
              "Carlos Torres",
              MIDTOWN,
              true,
              EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY, Certification.ACLS)),
          new NurseFact(
              "Grace Walker",
              MIDTOWN,
              true,
              EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY)),
          new NurseFact("Hannah Young", MIDTOWN, true, EnumSet.of(Certification.HOME_VISIT)),
          new NurseFact(
              "Omar Haddad",
              ROSEVILLE,
              true,
              EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY)),
          new NurseFact(
              "Julia Brooks",
              ROSEVILLE,
              true,
              EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY, Certification.ACLS)));

  static final String[] FIRST_NAMES = {
    "Alex", "Brenda", "Chris", "Dana", "Elena", "Frank", "Gina", "Henry", "Irene", "Jorge", "Karen",
    "Luis", "Monica", "Nathan", "Olivia", "Peter", "Quinn", "Rosa", "Samuel", "Tina", "Victor",
    "Wendy", "Xavier", "Yvonne", "Zach"
  };
  static final String[] LAST_NAMES = {
    "Anderson",
    "Baker",
    "Castillo",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ibrahim",
    "Jensen",
    "Khan",
    "Lopez",
    "Morgan",
    "Novak",
    "Ortiz",
    "Price",
    "Quintero",
    "Rossi",
    "Singh",
    "Thompson",
    "Umar",
    "Vargas",
    "Wong",
    "Xu",
    "Zimmerman"
  };
  static final String[] STREETS = {
    "Elm Street",
    "Folsom Boulevard",
    "Freeport Boulevard",
    "Fair Oaks Boulevard",
    "Watt Avenue",
    "Sunrise Boulevard",
    "Greenback Lane",
    "Douglas Boulevard",
    "Stockton Boulevard",
    "Arden Way"
  };
  static final String[] TOWNS = {
    "Sacramento",
    "Carmichael",
    "Citrus Heights",
    "Rancho Cordova",
    "Elk Grove",
    "Roseville",
    "Rocklin",
    "Folsom",
    "West Sacramento",
    "Fair Oaks"
  };

  private DemoPractice() {}

  static List<OpeningHours> openingHours(ClinicFact clinic) {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    if (clinic.saturday()) {
      hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(14, 0)));
    }
    return hours;
  }

  static List<TreatmentType> catalog() {
    return List.of(
        new TreatmentType(
            "IV_40",
            "IV ketamine infusion, 40 minutes",
            Modality.IV_INFUSION,
            Duration.ofMinutes(40),
            Duration.ofMinutes(30),
            EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
            EnumSet.of(Certification.IV_THERAPY)),
        new TreatmentType(
            "IV_240",
            "IV ketamine infusion, 4 hours",
            Modality.IV_INFUSION,
            Duration.ofMinutes(240),
            Duration.ofMinutes(60),
            EnumSet.of(CareSetting.CLINIC),
            EnumSet.of(Certification.IV_THERAPY)),
        new TreatmentType(
            "IM",
            "Intramuscular ketamine injection",
            Modality.IM_INJECTION,
            Duration.ofMinutes(5),
            Duration.ofMinutes(60),
            EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
            EnumSet.noneOf(Certification.class)),
        new TreatmentType(
            "LOZENGE",
            "Supervised ketamine lozenge",
            Modality.ORAL_LOZENGE,
            Duration.ofMinutes(15),
            Duration.ofMinutes(90),
            EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
            EnumSet.noneOf(Certification.class)));
  }

  static String emailOf(String fullName) {
    return fullName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@careroute.example";
  }
}
