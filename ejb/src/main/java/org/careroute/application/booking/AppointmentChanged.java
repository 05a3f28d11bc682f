package org.careroute.application.booking;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookedDays;

/**
 * An appointment was booked, moved or cancelled; observers hear of it once the transaction
 * committed. {@code days} are the clinic days whose capacity the change touched (where it was and
 * where it is now), ascending.
 */
public record AppointmentChanged(long appointmentId, long clinicId, SortedSet<LocalDate> days) {

  /** The appointment changed where it stands. */
  public static AppointmentChanged of(Appointment appointment) {
    return new AppointmentChanged(
        appointment.id(), appointment.clinic().id(), BookedDays.of(appointment));
  }

  /** The appointment changed, and also left the days it stood on before. */
  public static AppointmentChanged of(Appointment appointment, SortedSet<LocalDate> daysBefore) {
    SortedSet<LocalDate> days = new TreeSet<>(daysBefore);
    days.addAll(BookedDays.of(appointment));
    return new AppointmentChanged(appointment.id(), appointment.clinic().id(), days);
  }
}
