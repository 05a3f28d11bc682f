package org.careroute.planning.route.solver;

import java.util.Comparator;
import org.careroute.planning.route.domain.HomeVisit;

/**
 * The order the construction heuristic places visits in: the narrowest window first, while the
 * routes still have room for it; among equal windows the longest visit first.
 */
public final class TightestWindowFirst implements Comparator<HomeVisit> {

  private static final Comparator<HomeVisit> ORDER =
      Comparator.comparingLong((HomeVisit visit) -> visit.getWindowEnd() - visit.getWindowStart())
          .thenComparing(Comparator.comparingLong(HomeVisit::getServiceSeconds).reversed())
          .thenComparing(HomeVisit::getId);

  @Override
  public int compare(HomeVisit a, HomeVisit b) {
    return ORDER.compare(a, b);
  }
}
