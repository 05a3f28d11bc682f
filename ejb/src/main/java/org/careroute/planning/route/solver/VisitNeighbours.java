package org.careroute.planning.route.solver;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.planning.route.domain.HomeVisit;

/**
 * Each visit's nearest other visits by driving time, worked out once per solver phase so that a
 * ruin finds the strings near its seed without looking at the rest of the plan.
 */
final class VisitNeighbours {

  private final Map<HomeVisit, HomeVisit[]> nearest = new IdentityHashMap<>();

  VisitNeighbours(List<HomeVisit> visits, int kept) {
    HomeVisit[] all = visits.toArray(HomeVisit[]::new);
    int size = Math.min(kept, all.length - 1);
    for (HomeVisit origin : all) {
      HomeVisit[] others = all.clone();
      Arrays.sort(
          others,
          Comparator.comparingLong(
              (HomeVisit other) ->
                  other == origin ? -1 : origin.getPlace().secondsTo(other.getPlace())));
      nearest.put(origin, Arrays.copyOfRange(others, 1, 1 + Math.max(0, size)));
    }
  }

  /** The nearest visits first, without the visit itself. */
  HomeVisit[] of(HomeVisit visit) {
    return nearest.get(visit);
  }
}
