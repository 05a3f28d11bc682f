package org.careroute.bench;

import java.util.ArrayList;
import java.util.List;
import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/**
 * A solved instance measured the way the literature does: vehicles used and total distance in
 * double precision from the routes' coordinates, and feasibility by replaying every route in double
 * precision as well as by the plan checker.
 */
public record VrptwResult(
    String instance,
    int vehiclesUsed,
    double distance,
    boolean feasible,
    double seconds,
    long scoreCalculationsPerSecond) {

  private static final double EPSILON = 1e-9;

  public static VrptwResult of(
      VrptwInstance instance, HomeRoutePlan solved, double seconds, long calculationsPerSecond) {
    int used = 0;
    double distance = 0;
    boolean feasible = RoutePlanChecker.hardViolations(solved).isEmpty();
    for (NurseRoute route : solved.getRoutes()) {
      List<Integer> stops = new ArrayList<>();
      route.getVisits().forEach(v -> stops.add(v.getPlace().index()));
      if (!route.isStaffed()) {
        feasible &= stops.isEmpty();
        continue;
      }
      if (stops.isEmpty()) {
        continue;
      }
      used++;
      distance += routeDistance(instance, stops);
      feasible &= replayInDoublePrecision(instance, stops, route.getVisits());
    }
    return new VrptwResult(
        instance.name(), used, distance, feasible, seconds, calculationsPerSecond);
  }

  private static double routeDistance(VrptwInstance instance, List<Integer> stops) {
    double total = 0;
    int at = 0;
    for (int stop : stops) {
      total += instance.distance(at, stop);
      at = stop;
    }
    return total + instance.distance(at, 0);
  }

  private static boolean replayInDoublePrecision(
      VrptwInstance instance, List<Integer> stops, List<HomeVisit> visits) {
    double[] depot = instance.rows().get(0);
    double clock = depot[4];
    int at = 0;
    int load = 0;
    for (int stop : stops) {
      double[] row = instance.rows().get(stop);
      clock = Math.max(clock + instance.distance(at, stop), row[4]);
      if (clock > row[5] + EPSILON) {
        return false;
      }
      clock += row[6];
      load += (int) row[3];
      at = stop;
    }
    return clock + instance.distance(at, 0) <= depot[5] + EPSILON
        && load <= instance.capacity()
        && stops.size() == visits.size();
  }
}
