package org.careroute.domain.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
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
 * One clinic day, built in memory, for the capacity rules' unit tests. Times are local to the
 * clinic.
 */
final class PracticeDay {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final LocalDate DAY = LocalDate.of(2027, 3, 3);
  static final GeoPoint CLINIC_SITE = new GeoPoint(38.58, -121.49);

  final Clinic clinic;
  final List<Shift> shifts = new ArrayList<>();
  final List<Appointment> appointments = new ArrayList<>();
  final TreatmentType infusion =
      new TreatmentType(
          "IV_40",
          "IV 40",
          Modality.IV_INFUSION,
          Duration.ofMinutes(40),
          Duration.ofMinutes(20),
          EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
          EnumSet.of(Certification.IV_THERAPY));
  private int patients;

  PracticeDay(int chairs) {
    clinic =
        new Clinic(
            "Clinic",
            "1 Main St",
            CLINIC_SITE,
            ZONE,
            List.of(
                new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
    for (int c = 1; c <= chairs; c++) {
      clinic.addChair("Chair " + c);
    }
  }

  static Instant at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  Nurse nurse(
      String name, Set<Certification> certifications, ShiftKind kind, int fromHour, int toHour) {
    Nurse nurse = new Nurse(name, name + "@example.com", certifications, CLINIC_SITE);
    shifts.add(
        new Shift(
            nurse, clinic, kind, new TimeInterval(at(fromHour, 0), at(toHour, 0)), null, 0, null));
    return nurse;
  }

  /** A clinic nurse on 08:00-17:00 with a half-hour break at noon. */
  Nurse nurseWithNoonBreak(String name, Set<Certification> certifications) {
    Nurse nurse = new Nurse(name, name.toLowerCase() + "@example.com", certifications, CLINIC_SITE);
    shifts.add(
        new Shift(
            nurse,
            clinic,
            ShiftKind.CLINIC,
            new TimeInterval(at(8, 0), at(17, 0)),
            at(12, 0),
            30,
            null));
    return nurse;
  }

  BookingRequest clinicRequest(Instant start, MonitoringLevel level) {
    return new BookingRequest(
        patient(),
        infusion,
        clinic,
        CareSetting.CLINIC,
        level,
        null,
        new TimeInterval(start, start));
  }

  BookingRequest homeRequest(Instant windowStart, Instant windowEnd, GeoPoint home) {
    return new BookingRequest(
        patient(),
        infusion,
        clinic,
        CareSetting.HOME,
        MonitoringLevel.STANDARD,
        home,
        new TimeInterval(windowStart, windowEnd));
  }

  /** Stores what the placer found, as booking would. */
  Appointment book(BookingRequest request, Placement placement) {
    Appointment appointment = new Appointment(request, placement, true, at(0, 0));
    appointments.add(appointment);
    return appointment;
  }

  CapacitySnapshot snapshot() {
    return new CapacitySnapshot(clinic, List.copyOf(shifts), List.copyOf(appointments));
  }

  private Patient patient() {
    patients++;
    return new Patient(
        "p" + patients + "@example.com",
        new PatientDetails("Patient " + patients, LocalDate.of(1980, 1, 1), null, null, null));
  }
}
