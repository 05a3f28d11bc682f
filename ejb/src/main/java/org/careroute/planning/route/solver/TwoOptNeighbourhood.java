package org.careroute.planning.route.solver;

import java.util.List;
import java.util.Random;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.impl.heuristic.move.Move;

/**
 * Draws 2-opt moves on a working plan: a seed visit and one of its nearest visits, which the move
 * makes consecutive. On one route the run between them is reversed ({@link TwoOptMove}), on two the
 * routes exchange their tails there ({@link TailExchangeMove}). Each draw looks at the two routes
 * only. Visits on the unstaffed route and visits held in place (pinned, under way or past) never
 * move: a run to reverse or a tail to hand over must hold none of them.
 */
final class TwoOptNeighbourhood {

  private final List<HomeVisit> visits;
  private final VisitNeighbours neighbours;

  TwoOptNeighbourhood(HomeRoutePlan plan, VisitNeighbours neighbours) {
    this.visits = plan.getVisits();
    this.neighbours = neighbours;
  }

  /** A move that changes something, or null when this draw found none. */
  Move<HomeRoutePlan> draw(Random random) {
    if (visits.isEmpty()) {
      return null;
    }
    HomeVisit seed = visits.get(random.nextInt(visits.size()));
    HomeVisit[] near = neighbours.of(seed);
    if (!onStaffedRoute(seed) || near.length == 0) {
      return null;
    }
    HomeVisit other = near[nearerFirst(near.length, random)];
    if (!onStaffedRoute(other)) {
      return null;
    }
    return seed.getRoute() == other.getRoute()
        ? reversal(seed.getRoute(), seed, other, random)
        : tailExchange(seed, other, random);
  }

  /**
   * Reverses the run that makes the two visits consecutive: either the one starting after the
   * earlier visit or the one ending before the later, both as long.
   */
  private static TwoOptMove reversal(
      NurseRoute route, HomeVisit seed, HomeVisit other, Random random) {
    List<HomeVisit> onRoute = route.getVisits();
    int seedAt = onRoute.indexOf(seed);
    int otherAt = onRoute.indexOf(other);
    int earlier = Math.min(seedAt, otherAt);
    int later = Math.max(seedAt, otherAt);
    if (later - earlier < 2) {
      return null;
    }
    int from = random.nextBoolean() ? earlier + 1 : earlier;
    int to = from + later - earlier;
    return holdsNoneHeld(onRoute, from, to) ? new TwoOptMove(route, from, to) : null;
  }

  /** Exchanges tails so that the seed is followed by the other visit, or the other way round. */
  private static TailExchangeMove tailExchange(HomeVisit seed, HomeVisit other, Random random) {
    NurseRoute seedRoute = seed.getRoute();
    NurseRoute otherRoute = other.getRoute();
    int seedAt = seedRoute.getVisits().indexOf(seed);
    int otherAt = otherRoute.getVisits().indexOf(other);
    boolean seedFirst = random.nextBoolean();
    int seedCut = seedFirst ? seedAt + 1 : seedAt;
    int otherCut = seedFirst ? otherAt : otherAt + 1;
    List<HomeVisit> seedVisits = seedRoute.getVisits();
    List<HomeVisit> otherVisits = otherRoute.getVisits();
    boolean movable =
        holdsNoneHeld(seedVisits, seedCut, seedVisits.size())
            && holdsNoneHeld(otherVisits, otherCut, otherVisits.size());
    return movable ? new TailExchangeMove(seedRoute, seedCut, otherRoute, otherCut) : null;
  }

  /** An index below {@code size}, the nearer neighbours drawn more often. */
  private static int nearerFirst(int size, Random random) {
    double draw = random.nextDouble();
    return (int) (size * draw * draw);
  }

  private static boolean onStaffedRoute(HomeVisit visit) {
    return visit.getRoute() != null && visit.getRoute().isStaffed();
  }

  private static boolean holdsNoneHeld(List<HomeVisit> visits, int from, int to) {
    for (int i = from; i < to; i++) {
      if (RuinAndRecreate.isPinned(visits.get(i))) {
        return false;
      }
    }
    return true;
  }
}
