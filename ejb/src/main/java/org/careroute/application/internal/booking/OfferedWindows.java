package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.service.Offer;
import org.careroute.domain.shared.TimeInterval;

/**
 * Offers as a patient sees them: in the clinic's time zone, ranked, the few best of a day marked.
 */
@ApplicationScoped
public class OfferedWindows {

  @Inject BookingPolicy policy;

  public List<OfferedWindow> of(List<Offer> offers, Clinic clinic) {
    List<Long> costs = offers.stream().map(Offer::cost).sorted().toList();
    Set<Offer> best = bestFits(offers, clinic);
    return offers.stream()
        .map(
            o ->
                new OfferedWindow(
                    o.window().start().atZone(clinic.zone()).toOffsetDateTime(),
                    o.window().end().atZone(clinic.zone()).toOffsetDateTime(),
                    costs.indexOf(o.cost()) + 1,
                    best.contains(o),
                    policy
                        .changeableOnlineUntil(o.window().start())
                        .atZone(clinic.zone())
                        .toOffsetDateTime(),
                    BookingPolicy.callTheClinic(clinic),
                    null))
        .toList();
  }

  public static OfferedWindow.ProposedSession session(TimeInterval window, Clinic clinic) {
    return new OfferedWindow.ProposedSession(
        window.start().atZone(clinic.zone()).toOffsetDateTime(),
        window.end().atZone(clinic.zone()).toOffsetDateTime());
  }

  /**
   * Per day, the cheapest few offers that cost the plan less than that day's dearest: a mark on
   * every window of a day where all suit the plan equally would tell the patient nothing.
   */
  private static Set<Offer> bestFits(List<Offer> offers, Clinic clinic) {
    Map<LocalDate, List<Offer>> byDay =
        offers.stream().collect(Collectors.groupingBy(o -> clinic.dayOf(o.window().start())));
    Set<Offer> best = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Offer> day : byDay.values()) {
      long dearest = day.stream().mapToLong(Offer::cost).max().orElse(0);
      day.stream()
          .filter(o -> o.cost() < dearest)
          .sorted(Comparator.comparingLong(Offer::cost).thenComparing(o -> o.window().start()))
          .limit(OfferedWindow.BEST_FITS_PER_DAY)
          .forEach(best::add);
    }
    return best;
  }
}
