package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.application.booking.AvailabilityQuery;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.service.Offer;
import org.careroute.domain.service.SeriesPathFinder;
import org.careroute.domain.shared.TimeInterval;

/**
 * Searches a whole series on the availability path: the capacity offers each day's windows, the
 * path finder lays out the sessions within the gaps. A first time is offered only if every session
 * after it finds a place.
 */
@ApplicationScoped
public class SeriesSearch {

  /** The longest a series can last, with room for the days a first session is looked for on. */
  private static final Duration LONGEST_SEARCH =
      Duration.ofDays(
          (long) (Series.MAX_SESSIONS - 1) * Series.MAX_GAP_DAYS + AvailabilityQuery.MAX_DAYS);

  /**
   * Places each booking by first fit, and has the planner's own constraints judge it against the
   * day's plan.
   */
  @Inject PlanCheckedBookingCapacity capacity;

  @Inject BookingRequests requests;

  @Inject ShiftRepository shifts;

  /** A first time and every session booking it would make, itself first. */
  public record SeriesOption(Offer first, List<TimeInterval> sessions) {}

  /** The windows at the template's clinic, for the template's patient, from now on. */
  FreeWindows freeWindows(BookingRequest template, Instant notBefore) {
    Clinic clinic = template.clinic();
    LocalDate lastWorkedDay =
        shifts.findAtClinic(clinic.id(), TimeInterval.of(notBefore, LONGEST_SEARCH)).stream()
            .map(shift -> clinic.dayOf(shift.hours().end()))
            .max(LocalDate::compareTo)
            .orElse(clinic.dayOf(notBefore).minusDays(1));
    return new FreeWindows(
        capacity,
        requests.clashesWithSessionsOf(template.patient(), null),
        template,
        notBefore,
        lastWorkedDay);
  }

  /** The windows on these days from which the whole series fits, earliest first. */
  List<SeriesOption> firstTimes(FreeWindows free, SeriesShape shape, LocalDate from, LocalDate to) {
    SeriesPathFinder finder = finder(free, shape);
    List<SeriesOption> options = new ArrayList<>();
    for (Offer first : free.offers(from, to)) {
      finder
          .sessionsFrom(first.window())
          .ifPresent(sessions -> options.add(new SeriesOption(first, sessions)));
    }
    return options;
  }

  /** Every session of the series from this first window, or none if any finds no place. */
  Optional<List<TimeInterval>> sessionsFrom(
      FreeWindows free, SeriesShape shape, TimeInterval first) {
    return finder(free, shape).sessionsFrom(first);
  }

  private static SeriesPathFinder finder(FreeWindows free, SeriesShape shape) {
    return new SeriesPathFinder(shape, free.template().clinic().zone(), free::on);
  }
}
