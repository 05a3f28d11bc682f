package org.careroute.application.internal.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.service.BookingCapacity;
import org.careroute.domain.service.Offer;
import org.careroute.domain.shared.TimeInterval;

/**
 * The windows a patient's session could take at one clinic, day by day: asked of the booking
 * capacity at most once a day during one search, and none after the clinic's last worked shift.
 */
final class FreeWindows {

  private final BookingCapacity capacity;
  private final Predicate<BookingRequest> patientIsBusy;
  private final BookingRequest template;
  private final Instant notBefore;
  private final LocalDate lastWorkedDay;
  private final Map<LocalDate, List<Offer>> offersOn = new HashMap<>();

  FreeWindows(
      BookingCapacity capacity,
      Predicate<BookingRequest> patientIsBusy,
      BookingRequest template,
      Instant notBefore,
      LocalDate lastWorkedDay) {
    this.capacity = capacity;
    this.patientIsBusy = patientIsBusy;
    this.template = template;
    this.notBefore = notBefore;
    this.lastWorkedDay = lastWorkedDay;
  }

  BookingRequest template() {
    return template;
  }

  Instant notBefore() {
    return notBefore;
  }

  /** The offers of these days, both included, earliest first. */
  List<Offer> offers(LocalDate from, LocalDate to) {
    LocalDate last = to.isAfter(lastWorkedDay) ? lastWorkedDay : to;
    if (last.isBefore(from)) {
      return List.of();
    }
    boolean known = from.datesUntil(last.plusDays(1)).allMatch(offersOn::containsKey);
    if (!known) {
      // One call for the range: the capacity reads each day's plan once either way.
      List<Offer> asked = capacity.offer(template, from, last, notBefore);
      from.datesUntil(last.plusDays(1)).forEach(day -> offersOn.put(day, new ArrayList<>()));
      asked.stream()
          .filter(o -> !patientIsBusy.test(template.withWindow(o.window())))
          .forEach(o -> offersOn.get(template.clinic().dayOf(o.window().start())).add(o));
    }
    return from.datesUntil(last.plusDays(1)).flatMap(day -> offersOn.get(day).stream()).toList();
  }

  /** The windows free on the day for this patient. */
  List<TimeInterval> on(LocalDate day) {
    return offers(day, day).stream().map(Offer::window).toList();
  }
}
