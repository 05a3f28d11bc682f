package org.careroute.bench;

import java.util.ArrayList;
import java.util.List;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.NurseRoute;

/** Our production route solver, through the same path as {@code bin/bench vrptw}. */
final class ProductionPeer implements RoutePeer {

  private long lastScoreCalculationsPerSecond;

  @Override
  public String name() {
    return "optaplanner";
  }

  @Override
  public List<List<Integer>> solve(VrptwInstance instance, long seconds) {
    Bench.ProductionSolve solved = Bench.solveWithProduction(instance, seconds, null, config -> {});
    lastScoreCalculationsPerSecond = solved.scoreCalculationsPerSecond();
    return routesOf(solved.plan());
  }

  /**
   * The staffed routes' customers in order; the unstaffed route holds what the solver could not
   * place, and those customers stay unserved.
   */
  static List<List<Integer>> routesOf(HomeRoutePlan plan) {
    List<List<Integer>> routes = new ArrayList<>();
    for (NurseRoute route : plan.getRoutes()) {
      if (route.isStaffed()) {
        routes.add(route.getVisits().stream().map(v -> v.getPlace().index()).toList());
      }
    }
    return routes;
  }

  long lastScoreCalculationsPerSecond() {
    return lastScoreCalculationsPerSecond;
  }
}
