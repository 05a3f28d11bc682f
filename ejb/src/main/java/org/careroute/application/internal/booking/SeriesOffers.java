package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.application.booking.SeriesAvailability;
import org.careroute.application.booking.SeriesAvailability.SeriesAlternative;
import org.careroute.application.internal.booking.SeriesSearch.SeriesOption;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.model.clinic.Clinic;

/** The first times of a series a patient is offered, with its sessions, or what would fit. */
@ApplicationScoped
public class SeriesOffers {

  @Inject SeriesSearch search;

  @Inject SeriesAlternatives alternatives;

  @Inject OfferedWindows offeredWindows;

  SeriesAvailability offer(
      BookingRequest template, SeriesShape shape, LocalDate from, LocalDate to, Instant notBefore) {
    FreeWindows free = search.freeWindows(template, notBefore);
    List<SeriesOption> options = search.firstTimes(free, shape, from, to);
    if (options.isEmpty()) {
      List<SeriesAlternative> found = alternatives.whatWouldFit(free, shape, from, to);
      return new SeriesAvailability(List.of(), SeriesAlternatives.sentence(shape, found), found);
    }
    Clinic clinic = template.clinic();
    List<OfferedWindow> firsts =
        offeredWindows.of(options.stream().map(SeriesOption::first).toList(), clinic);
    List<OfferedWindow> offered = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      offered.add(
          firsts
              .get(i)
              .withSeries(
                  options.get(i).sessions().stream()
                      .map(w -> OfferedWindows.session(w, clinic))
                      .toList()));
    }
    return new SeriesAvailability(offered, null, List.of());
  }
}
