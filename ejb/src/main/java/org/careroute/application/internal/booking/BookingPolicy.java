package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.careroute.application.Caller;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The practice's booking rules about time: how soon one may book, and until when one may change.
 */
@ApplicationScoped
public class BookingPolicy {

  static final Duration SHORTEST_HOME_WINDOW = Duration.ofMinutes(30);
  static final Duration LONGEST_HOME_WINDOW = Duration.ofHours(4);

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.booking.change-cutoff-hours", defaultValue = "24")
  int changeCutoffHours;

  @Inject
  @ConfigProperty(name = "careroute.booking.min-lead-minutes", defaultValue = "60")
  int minLeadMinutes;

  /** The earliest a new session may start. */
  public Instant earliestStart() {
    return clock.instant().plus(Duration.ofMinutes(minLeadMinutes));
  }

  /**
   * The window to promise: a clinic start has no length; a home arrival window defaults to two
   * hours.
   */
  public TimeInterval promisedWindow(CareSetting setting, Instant start, Instant end) {
    if (start.isBefore(earliestStart())) {
      throw new InvalidRequestException(
          "windowStart", "Choose a time at least " + minLeadMinutes + " minutes from now.");
    }
    if (setting == CareSetting.CLINIC) {
      if (end != null && !end.equals(start)) {
        throw new InvalidRequestException(
            "windowEnd", "A clinic session has a start time only; leave out windowEnd.");
      }
      return new TimeInterval(start, start);
    }
    TimeInterval window =
        new TimeInterval(start, end == null ? start.plus(Duration.ofHours(2)) : end);
    if (window.length().compareTo(SHORTEST_HOME_WINDOW) < 0
        || window.length().compareTo(LONGEST_HOME_WINDOW) > 0) {
      throw new InvalidRequestException(
          "windowEnd", "A home arrival window lasts from 30 minutes to 4 hours.");
    }
    return window;
  }

  /** Patients change bookings online until the cut-off; dispatchers and admins at any time. */
  public void requireChangeable(Caller caller, Appointment appointment) {
    if (!caller.arrangesBookings()
        && clock.instant().isAfter(changeableOnlineUntil(appointment.window().start()))) {
      throw new BusinessConflictException(
          "Bookings can be changed online until "
              + changeCutoffHours
              + " hours before they start. "
              + callTheClinic(appointment.clinic()));
    }
  }

  /** Until when a patient can move or cancel online a session that starts at {@code start}. */
  public Instant changeableOnlineUntil(Instant start) {
    return start.minus(Duration.ofHours(changeCutoffHours));
  }

  /** What to do instead, with the clinic's number when admins gave one. */
  public static String callTheClinic(Clinic clinic) {
    return clinic
        .phone()
        .map(phone -> "Please call " + clinic.name() + " on " + phone + ".")
        .orElse("Please call " + clinic.name() + ".");
  }
}
