package org.careroute.application.internal.planning;

import static org.careroute.application.internal.planning.BookedDay.at;
import static org.careroute.application.internal.planning.BookedDay.nurse;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.service.CapacitySnapshot;
import org.careroute.domain.service.FirstFitPlacer;
import org.careroute.domain.service.StraightLineTravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;

/**
 * A {@link BookedDay} filled from a seed: three clinic nurses (one with a break), two field nurses,
 * and bookings of three treatments in the clinic and at home, placed by the first fit as booking
 * places them; bookings and cancellations can follow.
 */
final class SeededDay {

  static final StraightLineTravelTimeEstimator TRAVEL =
      new StraightLineTravelTimeEstimator(1.3, 40);

  final BookedDay day = new BookedDay();
  final TreatmentType infusion = day.infusion;
  final TreatmentType longInfusion =
      new TreatmentType(
          "IV_240",
          "IV_240",
          Modality.IV_INFUSION,
          Duration.ofMinutes(240),
          Duration.ofMinutes(60),
          EnumSet.of(CareSetting.CLINIC),
          EnumSet.of(Certification.IV_THERAPY));
  final TreatmentType injection =
      new TreatmentType(
          "IM",
          "IM",
          Modality.IM_INJECTION,
          Duration.ofMinutes(5),
          Duration.ofMinutes(60),
          EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
          EnumSet.noneOf(Certification.class));

  /** Where the patient asking for home visits lives. */
  private static final GeoPoint QUERY_HOME = new GeoPoint(38.61, -121.44);

  private final Random random;
  private long nextId = 1000;

  SeededDay(long seed) {
    random = new Random(seed);
    EnumSet<Certification> iv = EnumSet.of(Certification.IV_THERAPY);
    day.clinicShiftWithBreak(
        101,
        nurse(21, "Ava Acls", EnumSet.of(Certification.IV_THERAPY, Certification.ACLS), site()),
        7,
        15,
        at(11, 0),
        30);
    day.shift(102, nurse(22, "Ben Iv", iv, site()), ShiftKind.CLINIC, 9, 17);
    day.shift(
        103,
        nurse(23, "Cy Plain", EnumSet.noneOf(Certification.class), site()),
        ShiftKind.CLINIC,
        11,
        19);
    EnumSet<Certification> field = EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT);
    day.shift(104, nurse(31, "Dee Field", field, home()), ShiftKind.FIELD, 8, 16);
    day.shift(105, nurse(32, "Eli Field", field, home()), ShiftKind.FIELD, 10, 18);
    book(14);
  }

  /** Books up to {@code requests} random requests where the first fit finds them a place. */
  void book(int requests) {
    for (int i = 0; i < requests; i++) {
      BookingRequest request = randomRequest();
      placement(request).ifPresent(p -> day.book(nextId++, request, p));
    }
  }

  /** Cancels {@code count} of the bookings, chosen at random. */
  void cancel(int count) {
    for (int i = 0; i < count && !day.booked.isEmpty(); i++) {
      Appointment cancelled = day.booked.remove(random.nextInt(day.booked.size()));
      cancelled.cancel();
    }
  }

  Optional<Placement> placement(BookingRequest request) {
    return new FirstFitPlacer(TRAVEL)
        .place(request, new CapacitySnapshot(day.clinic, day.shifts, day.booked));
  }

  BookingRequest request(TreatmentType treatment, CareSetting setting, MonitoringLevel level) {
    return setting == CareSetting.CLINIC
        ? day.clinicRequest(treatment, level, at(7, 0))
        : day.homeRequest(treatment, at(8, 0), at(10, 0), QUERY_HOME);
  }

  private BookingRequest randomRequest() {
    TreatmentType treatment = List.of(infusion, longInfusion, injection).get(random.nextInt(3));
    boolean atHome = treatment.settings().contains(CareSetting.HOME) && random.nextBoolean();
    if (atHome) {
      Instant from = at(8 + random.nextInt(8), 0);
      return day.homeRequest(treatment, from, from.plus(Duration.ofHours(2)), home());
    }
    MonitoringLevel level =
        random.nextInt(4) == 0 ? MonitoringLevel.ENHANCED : MonitoringLevel.STANDARD;
    return day.clinicRequest(
        treatment, level, at(7, 0).plus(Duration.ofMinutes(30L * random.nextInt(20))));
  }

  private GeoPoint home() {
    return new GeoPoint(38.5 + random.nextDouble() * 0.15, -121.55 + random.nextDouble() * 0.15);
  }

  private static GeoPoint site() {
    return BookedDay.CLINIC_SITE;
  }
}
