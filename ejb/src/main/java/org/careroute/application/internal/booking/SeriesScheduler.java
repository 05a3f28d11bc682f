package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookedDays;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.TimeInterval;

/**
 * Books the sessions of a series as the series search lays them out from the first one, the same
 * search that offered the first time. If any session finds no place, the exception rolls back the
 * whole series.
 */
@ApplicationScoped
public class SeriesScheduler {

  @Inject BookingRequests requests;

  @Inject SeriesSearch search;

  @Inject SeriesAlternatives alternatives;

  @Inject ClinicDayLocks dayLocks;

  public List<Appointment> schedule(Series series, BookingRequest first, Instant notBefore) {
    FreeWindows free = search.freeWindows(first, notBefore);
    List<TimeInterval> windows =
        search
            .sessionsFrom(free, series.shape(), first.window())
            .orElseThrow(() -> noPlace(series, free, first));
    // Every day of the series at once, ascending, before any session is placed: each is judged on
    // its day as committed, with competing bookings of those days waiting.
    dayLocks.lock(
        series.clinic().id(),
        windows.stream()
            .flatMap(window -> BookedDays.of(first.withWindow(window)).stream())
            .toList());
    List<Appointment> sessions = new ArrayList<>();
    for (TimeInterval window : windows) {
      Appointment session = requests.placeAndStore(first.withWindow(window));
      session.partOf(series, sessions.size() + 1);
      sessions.add(session);
    }
    return sessions;
  }

  private BusinessConflictException noPlace(Series series, FreeWindows free, BookingRequest first) {
    LocalDate day = series.clinic().dayOf(first.window().start());
    return new BusinessConflictException(
        "No free window was found for every session of the series from that first time, so"
            + " nothing was booked. "
            + SeriesAlternatives.sentence(
                series.shape(), alternatives.whatWouldFit(free, series.shape(), day, day)));
  }
}
