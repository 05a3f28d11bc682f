package org.careroute.domain.service;

import java.util.List;
import java.util.Objects;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.staff.Shift;

/**
 * What a clinic has committed on a day: its shifts (clinic and field) and the placed appointments
 * that hold capacity (and, for booking, the places held for waiting patients: tentative
 * appointments without an id). Taken inside the booking transaction, after the clinic is locked.
 */
public record CapacitySnapshot(Clinic clinic, List<Shift> shifts, List<Appointment> appointments) {

  /** The snapshot without one appointment, for moving that appointment elsewhere. */
  public CapacitySnapshot without(Long appointmentId) {
    return new CapacitySnapshot(
        clinic,
        shifts,
        appointments.stream().filter(a -> !Objects.equals(a.id(), appointmentId)).toList());
  }
}
