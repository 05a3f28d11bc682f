package org.careroute.application.internal.planning;

import java.util.Map;
import org.careroute.domain.model.booking.Appointment;

/**
 * How the desk names a booking on its timeline and map: the patient's initials and the treatment's
 * short name.
 */
record BookingLabel(String patientInitials, String treatment) {

  /** A booking cancelled since the plan was made has no label left to show. */
  static final BookingLabel NONE = new BookingLabel(null, null);

  static BookingLabel of(Appointment appointment) {
    return new BookingLabel(appointment.patient().initials(), appointment.treatment().shortName());
  }

  static BookingLabel of(Map<Long, BookingLabel> labels, Long appointmentId) {
    return labels.getOrDefault(appointmentId, NONE);
  }
}
