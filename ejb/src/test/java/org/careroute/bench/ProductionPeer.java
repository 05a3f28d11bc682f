package org.careroute.bench;

import java.util.ArrayList;
import java.util.List;
import org.careroute.planning.route.domain.HomeVisit;
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
    Bench.ProductionSolve solved = Bench.solveWithProduction(instance, seconds, null);
    lastScoreCalculationsPerSecond = solved.scoreCalculationsPerSecond();
    List<List<Integer>> routes = new ArrayList<>();
    // The unstaffed route holds what the solver could not place: those customers stay unserved.
    for (NurseRoute route : solved.plan().getRoutes()) {
      if (route.isStaffed()) {
        routes.add(
            route.getVisits().stream().map(HomeVisit::getPlace).map(p -> p.index()).toList());
      }
    }
    return routes;
  }

  long lastScoreCalculationsPerSecond() {
    return lastScoreCalculationsPerSecond;
  }
}
