package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.careroute.planning.route.domain.HomeVisit;

/**
 * Puts the visits a ruin took out back by regret (Potvin and Rousseau 1993): each round the visit
 * that would lose most by waiting goes to its cheapest position, the loss being what its next best
 * routes cost beyond its best. A visit with few routes left that take it goes first, so tight
 * visits are placed while there is still room. Each visit's cheapest position per route is worked
 * out once and then again only on the route that just took a visit: the other routes are as they
 * were.
 */
final class RegretInsertion {

  /** What a route that cannot take the visit counts as costing beyond its best one. */
  private static final long NO_ROUTE = 1L << 40;

  private final int regretOf;
  private final double blinkRate;

  /**
   * @param regretOf how many of a visit's best routes its regret weighs (2 or 3 as in the
   *     literature)
   * @param blinkRate how often a position is skipped, to keep the insertions varied
   */
  RegretInsertion(int regretOf, double blinkRate) {
    this.regretOf = regretOf;
    this.blinkRate = blinkRate;
  }

  /**
   * Puts every visit back, each on one of the routes {@code candidates} gives it (asked once per
   * visit, before any is put back), or on {@code unstaffed} if none of them takes it.
   */
  void recreate(
      List<HomeVisit> removed,
      Function<HomeVisit, List<RouteDraft>> candidates,
      RouteDraft unstaffed,
      Random random) {
    List<Pending> pending = new ArrayList<>(removed.size());
    for (HomeVisit visit : removed) {
      pending.add(new Pending(visit, candidates.apply(visit)));
    }
    for (Pending waiting : pending) {
      waiting.priceAll(random);
    }
    while (!pending.isEmpty()) {
      int chosen = mostRegretted(pending);
      Pending placed = pending.remove(chosen);
      RouteDraft.Insertion best = placed.cheapest();
      if (best == null) {
        unstaffed.insert(unstaffed.visits().size(), placed.visit);
        continue;
      }
      best.draft().insert(best.index(), placed.visit);
      for (Pending waiting : pending) {
        waiting.repriceOn(best.draft(), random);
      }
    }
  }

  private int mostRegretted(List<Pending> pending) {
    int chosen = 0;
    long chosenRegret = Long.MIN_VALUE;
    long chosenCost = Long.MAX_VALUE;
    for (int i = 0; i < pending.size(); i++) {
      Pending waiting = pending.get(i);
      long[] costs = waiting.bestCosts(regretOf);
      long regret = 0;
      for (int j = 1; j < regretOf; j++) {
        regret += costs[j] == RouteDraft.INFEASIBLE ? NO_ROUTE : costs[j] - costs[0];
      }
      if (regret > chosenRegret || (regret == chosenRegret && costs[0] < chosenCost)) {
        chosen = i;
        chosenRegret = regret;
        chosenCost = costs[0];
      }
    }
    return chosen;
  }

  /** A visit not yet put back, with its cheapest position on each of its routes. */
  private final class Pending {
    private final HomeVisit visit;
    private final List<RouteDraft> routes;
    private final RouteDraft.Insertion[] cheapest;

    Pending(HomeVisit visit, List<RouteDraft> routes) {
      this.visit = visit;
      this.routes = routes;
      this.cheapest = new RouteDraft.Insertion[routes.size()];
    }

    void priceAll(Random random) {
      for (int i = 0; i < routes.size(); i++) {
        cheapest[i] = price(routes.get(i), random);
      }
    }

    void repriceOn(RouteDraft changed, Random random) {
      for (int i = 0; i < routes.size(); i++) {
        if (routes.get(i) == changed) {
          cheapest[i] = price(changed, random);
        }
      }
    }

    private RouteDraft.Insertion price(RouteDraft draft, Random random) {
      return draft.mayTake(visit)
          ? draft.cheapest(visit, random, blinkRate, RouteDraft.INFEASIBLE)
          : null;
    }

    RouteDraft.Insertion cheapest() {
      RouteDraft.Insertion best = null;
      for (RouteDraft.Insertion insertion : cheapest) {
        if (insertion != null && (best == null || insertion.cost() < best.cost())) {
          best = insertion;
        }
      }
      return best;
    }

    /**
     * The {@code count} lowest costs over its routes, ascending, INFEASIBLE where there are none.
     */
    long[] bestCosts(int count) {
      long[] lowest = new long[count];
      Arrays.fill(lowest, RouteDraft.INFEASIBLE);
      for (RouteDraft.Insertion insertion : cheapest) {
        if (insertion == null) {
          continue;
        }
        long cost = insertion.cost();
        for (int j = 0; j < count; j++) {
          if (cost < lowest[j]) {
            System.arraycopy(lowest, j, lowest, j + 1, count - j - 1);
            lowest[j] = cost;
            break;
          }
        }
      }
      return lowest;
    }
  }
}
