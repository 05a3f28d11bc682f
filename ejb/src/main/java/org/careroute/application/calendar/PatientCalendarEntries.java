package org.careroute.application.calendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.treatment.CareSetting;

/** A booking as its patient's calendar holds it: in the downloaded file, the feed and the mail. */
public final class PatientCalendarEntries {

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private PatientCalendarEntries() {}

  /**
   * What the patient sees: the treatment, where, and for a home visit the promised arrival window.
   */
  public static CalendarEntry of(Appointment a) {
    boolean home = a.setting() == CareSetting.HOME;
    Instant start = home ? a.window().start() : a.plannedStart().orElse(a.window().start());
    String summary = a.treatment().name() + (home ? " at home" : " at " + a.clinic().name());
    String description =
        home
            ? "Your nurse arrives between "
                + clockTime(a, a.window().start())
                + " and "
                + clockTime(a, a.window().end())
                + ". Plan for "
                + a.occupancy().toMinutes()
                + " minutes with observation."
            : "Plan for "
                + a.occupancy().toMinutes()
                + " minutes with observation. Please arrive 10 minutes early.";
    return new CalendarEntry(
        uid(a),
        start,
        start.plus(a.occupancy()),
        summary,
        home ? null : a.clinic().address(),
        description + " Booking " + a.id() + ".",
        a.status() == AppointmentStatus.CANCELLED);
  }

  /** The booking's event id, the same in every calendar that holds it. */
  public static String uid(Appointment a) {
    return "appointment-" + a.id() + "@careroute";
  }

  /** A time of day in the booking's clinic's zone, as the patient's mail and calendar say it. */
  public static String clockTime(Appointment a, Instant instant) {
    return CLOCK_TIME.format(instant.atZone(a.clinic().zone()));
  }
}
