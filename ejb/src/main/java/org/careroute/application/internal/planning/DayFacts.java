package org.careroute.application.internal.planning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Shift;

/**
 * What a clinic's day holds, read once: its worked shifts, its bookings that hold capacity, and for
 * each booking of a series the nurse of the series' session before it (for continuity).
 */
public record DayFacts(
    PlanKey key,
    Clinic clinic,
    List<Shift> shifts,
    List<Appointment> booked,
    Map<Long, Long> previousNurseIds) {

  public DayFacts {
    previousNurseIds = Map.copyOf(previousNurseIds);
  }

  /** The same day without one booking (one being moved). */
  public DayFacts without(Long appointmentId) {
    return new DayFacts(
        key,
        clinic,
        shifts,
        booked.stream().filter(a -> !Objects.equals(a.id(), appointmentId)).toList(),
        previousNurseIds);
  }

  /**
   * The nurse of the series' previous session, for an appointment of this day; none for a new one.
   */
  public Optional<Long> previousNurseId(Appointment appointment) {
    return Optional.ofNullable(
        appointment.id() == null ? null : previousNurseIds.get(appointment.id()));
  }
}
