package org.careroute.application.internal.planning;

import static org.careroute.application.internal.planning.Entities.withId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;

/**
 * One clinic day built in memory, as {@link DayFacts} would read it from the database: clinic 1
 * with chairs 11 and 12, the shifts and bookings a test adds, ids set as the database would set
 * them. Times are local to the clinic.
 */
final class BookedDay {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final LocalDate DAY = LocalDate.of(2027, 3, 3);
  static final long CLINIC_ID = 1;
  static final GeoPoint CLINIC_SITE = new GeoPoint(38.58, -121.49);

  final Clinic clinic;
  final Chair chair1;
  final Chair chair2;
  final List<Shift> shifts = new ArrayList<>();
  final List<Appointment> booked = new ArrayList<>();
  final Map<Long, Long> previousNurseIds = new HashMap<>();

  /**
   * An infusion of 40 minutes and 20 of observation, for the clinic and at home, needing
   * IV_THERAPY.
   */
  final TreatmentType infusion =
      treatment("IV_40", Modality.IV_INFUSION, EnumSet.of(Certification.IV_THERAPY));

  private int patients;

  BookedDay() {
    clinic =
        withId(
            new Clinic(
                "Clinic",
                "1 Main St",
                CLINIC_SITE,
                ZONE,
                List.of(
                    new OpeningHours(
                        DayOfWeek.WEDNESDAY, LocalTime.of(7, 0), LocalTime.of(19, 0)))),
            CLINIC_ID);
    chair1 = withId(clinic.addChair("Chair 1"), 11);
    chair2 = withId(clinic.addChair("Chair 2"), 12);
  }

  static Instant at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  static long epoch(int hour, int minute) {
    return at(hour, minute).getEpochSecond();
  }

  /** A treatment of 40 minutes and 20 of observation, offered in the clinic and at home. */
  static TreatmentType treatment(String code, Modality modality, Set<Certification> requires) {
    return new TreatmentType(
        code,
        code,
        modality,
        Duration.ofMinutes(40),
        Duration.ofMinutes(20),
        EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
        requires);
  }

  static Nurse nurse(long id, String name, Set<Certification> certifications, GeoPoint homeBase) {
    return withId(
        new Nurse(
            name, name.toLowerCase().replace(' ', '.') + "@example.com", certifications, homeBase),
        id);
  }

  Shift shift(long id, Nurse nurse, ShiftKind kind, int fromHour, int toHour) {
    return add(
        withId(
            new Shift(
                nurse,
                clinic,
                kind,
                new TimeInterval(at(fromHour, 0), at(toHour, 0)),
                null,
                0,
                null),
            id));
  }

  Shift clinicShiftWithBreak(
      long id, Nurse nurse, int fromHour, int toHour, Instant breakStart, int breakMinutes) {
    return add(
        withId(
            new Shift(
                nurse,
                clinic,
                ShiftKind.CLINIC,
                new TimeInterval(at(fromHour, 0), at(toHour, 0)),
                breakStart,
                breakMinutes,
                null),
            id));
  }

  private Shift add(Shift shift) {
    shifts.add(shift);
    return shift;
  }

  BookingRequest clinicRequest(
      TreatmentType treatment, MonitoringLevel level, Instant promisedStart) {
    return new BookingRequest(
        patient(),
        treatment,
        clinic,
        CareSetting.CLINIC,
        level,
        null,
        new TimeInterval(promisedStart, promisedStart));
  }

  BookingRequest homeRequest(
      TreatmentType treatment, Instant windowStart, Instant windowEnd, GeoPoint home) {
    return new BookingRequest(
        patient(),
        treatment,
        clinic,
        CareSetting.HOME,
        MonitoringLevel.STANDARD,
        home,
        new TimeInterval(windowStart, windowEnd));
  }

  /** Stores the booking under the given id, as booking would. */
  Appointment book(long id, BookingRequest request, Placement placement) {
    Appointment appointment = withId(hypothetical(request, placement), id);
    booked.add(appointment);
    return appointment;
  }

  /** A booking being judged before it is made: not stored, so without an id. */
  Appointment hypothetical(BookingRequest request, Placement placement) {
    return new Appointment(request, placement, true, at(0, 0));
  }

  DayFacts facts() {
    return new DayFacts(
        new PlanKey(CLINIC_ID, DAY),
        clinic,
        List.copyOf(shifts),
        List.copyOf(booked),
        previousNurseIds);
  }

  private Patient patient() {
    patients++;
    return new Patient(
        "p" + patients + "@example.com",
        new PatientDetails("Patient " + patients, LocalDate.of(1980, 1, 1), null, null, null));
  }
}
