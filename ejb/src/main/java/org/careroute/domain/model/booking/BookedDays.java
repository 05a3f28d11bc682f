package org.careroute.domain.model.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.shared.TimeInterval;

/**
 * The clinic days whose capacity a booking counts on: the day its window starts on (the day problem
 * it is judged in), every further day its window reaches (a home visit may be planned anywhere in
 * it) and the day it is planned on (the day problem it is stored in). Locks and capacity revisions
 * are kept on exactly these days.
 */
public final class BookedDays {

  private BookedDays() {}

  /** The days a request would be judged and placed on, ascending. */
  public static SortedSet<LocalDate> of(BookingRequest request) {
    return within(request.clinic(), request.window());
  }

  /** The days the appointment holds capacity on as it stands now, ascending. */
  public static SortedSet<LocalDate> of(Appointment appointment) {
    SortedSet<LocalDate> days = within(appointment.clinic(), appointment.window());
    appointment.plannedStart().map(appointment.clinic()::dayOf).ifPresent(days::add);
    return days;
  }

  /** The clinic days the interval reaches into, ascending (a shift's hours, a booking's window). */
  public static SortedSet<LocalDate> within(Clinic clinic, TimeInterval window) {
    // The end is exclusive: an interval up to midnight does not reach the next day.
    Instant last =
        window.end().isAfter(window.start()) ? window.end().minusNanos(1) : window.start();
    SortedSet<LocalDate> days = new TreeSet<>();
    for (LocalDate day = clinic.dayOf(window.start());
        !day.isAfter(clinic.dayOf(last));
        day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }
}
