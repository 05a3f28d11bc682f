package org.careroute.bench;

import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;

/**
 * A solved instance measured the way the literature does: vehicles used and total distance in
 * double precision from the routes' coordinates, the visits left to no nurse, and feasibility by
 * the {@link RouteReplay} every peer is judged by as well as by the plan checker.
 */
public record VrptwResult(
    String instance,
    int vehiclesUsed,
    double distance,
    boolean feasible,
    int unassigned,
    double seconds,
    long scoreCalculationsPerSecond) {

  public static VrptwResult of(
      VrptwInstance instance, HomeRoutePlan solved, double seconds, long calculationsPerSecond) {
    RouteReplay.Replay replay = RouteReplay.of(instance, ProductionPeer.routesOf(solved));
    boolean feasible = replay.feasible() && RoutePlanChecker.hardViolations(solved).isEmpty();
    return new VrptwResult(
        instance.name(),
        replay.vehiclesUsed(),
        replay.distance(),
        feasible,
        (int)
            solved.getRoutes().stream()
                .filter(route -> !route.isStaffed())
                .mapToLong(route -> route.getVisits().size())
                .sum(),
        seconds,
        calculationsPerSecond);
  }
}
