package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.shared.RecordNotFoundException;

/** Finds an appointment of a clinic's day, so that a plan's calls cannot reach into another day. */
@ApplicationScoped
class DayAppointments {

  @Inject AppointmentRepository appointments;

  Appointment find(PlanKey key, long appointmentId) {
    return appointments
        .find(appointmentId)
        .filter(a -> a.clinic().id().equals(key.clinicId()))
        .filter(a -> a.clinic().dayOf(a.window().start()).equals(key.day()))
        .orElseThrow(() -> new RecordNotFoundException("appointment on this day", appointmentId));
  }
}
