package org.careroute.application.internal.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningAnswers;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.shared.GeoPoint;

/**
 * A clinic's Monday and the patients waiting for it, each taking an hour of IV infusion between 9
 * and 10 o'clock: the facts of the back-fill tests.
 */
final class WaitlistDay {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");
  static final ScreeningAnswers NO_RISK = new ScreeningAnswers(false, false, false, false, false);
  static final ScreeningAnswers HEART = new ScreeningAnswers(false, false, false, true, false);
  static final GeoPoint HOME = new GeoPoint(38.60, -121.45);

  final Clinic clinic =
      Entities.withId(
          new Clinic(
              "Clinic",
              "1 Main St",
              new GeoPoint(38.58, -121.49),
              ZONE,
              List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))),
          1L);
  final TreatmentType iv =
      new TreatmentType(
          "IV",
          "IV infusion",
          Modality.IV_INFUSION,
          Duration.ofMinutes(40),
          Duration.ofMinutes(20),
          EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
          EnumSet.of(Certification.IV_THERAPY));
  final PlanKey key = new PlanKey(1L, MONDAY);

  /** A patient living at {@link #HOME}, screened with {@code answers} (none: not screened). */
  WaitlistEntry entry(long id, ScreeningAnswers answers, CareSetting setting) {
    return entry(id, answers, setting, HOME);
  }

  WaitlistEntry entry(long id, ScreeningAnswers answers, CareSetting setting, GeoPoint home) {
    Patient patient =
        new Patient(
            "p" + id + "@example.com",
            new PatientDetails("P " + id, LocalDate.of(1980, 1, 1), null, null, null, home, false));
    if (answers != null) {
      patient.screened(new Screening(patient, answers, MONDAY.minusDays(30), NOW));
    }
    return Entities.withId(
        new WaitlistEntry(
            patient,
            iv,
            clinic,
            setting,
            MONDAY,
            MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            NOW),
        id);
  }

  static long at(int hour, int minute) {
    return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), ZONE).toEpochSecond();
  }
}
