package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.service.Offer;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.TimeInterval;

/**
 * Places the sessions of a series one after the other: each on the earliest day its gap allows
 * where a window close to the first session's time of day is free. If any session finds no place,
 * the exception rolls back the whole series.
 */
@ApplicationScoped
public class SeriesScheduler {

  @Inject BookingRequests requests;

  /**
   * Places each booking by first fit, and has the planner's own constraints judge it against the
   * day's plan.
   */
  @Inject PlanCheckedBookingCapacity capacity;

  public List<Appointment> schedule(Series series, BookingRequest first, Instant notBefore) {
    List<Appointment> sessions = new ArrayList<>();
    Appointment previous = requests.placeAndStore(first);
    previous.partOf(series, 1);
    sessions.add(previous);
    LocalTime preferred = first.window().start().atZone(series.clinic().zone()).toLocalTime();
    for (int index = 2; index <= series.sessionCount(); index++) {
      LocalDate previousDay = series.clinic().dayOf(previous.window().start());
      LocalDate firstDay = previousDay.plusDays(series.minGapDays());
      LocalDate lastDay = previousDay.plusDays(series.maxGapDays());
      BookingRequest next =
          nextSession(series, first, firstDay, lastDay, preferred, notBefore)
              .orElseThrow(
                  () -> new BusinessConflictException(noPlaceMessage(series, firstDay, lastDay)));
      previous = requests.placeAndStore(next);
      previous.partOf(series, sessions.size() + 1);
      sessions.add(previous);
    }
    return sessions;
  }

  private Optional<BookingRequest> nextSession(
      Series series,
      BookingRequest first,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalTime preferred,
      Instant notBefore) {
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      Optional<TimeInterval> closest =
          capacity.offer(first, day, day, notBefore).stream()
              .map(Offer::window)
              .min(Comparator.comparing(w -> distanceFrom(preferred, w, series)));
      if (closest.isPresent() && !requests.patientIsBusy(first.withWindow(closest.get()), null)) {
        return Optional.of(first.withWindow(closest.get()));
      }
      // Nothing free that day, or the patient has another session then: the next allowed day may
      // do.
    }
    return Optional.empty();
  }

  private static Duration distanceFrom(LocalTime preferred, TimeInterval window, Series series) {
    LocalTime start = window.start().atZone(series.clinic().zone()).toLocalTime();
    return Duration.between(preferred, start).abs();
  }

  private static String noPlaceMessage(Series series, LocalDate firstDay, LocalDate lastDay) {
    return "No free window was found for every session of the series (none between "
        + firstDay.format(DateTimeFormatter.ISO_LOCAL_DATE)
        + " and "
        + lastDay.format(DateTimeFormatter.ISO_LOCAL_DATE)
        + "), so nothing was booked. Try another first date or wider gaps between sessions.";
  }
}
