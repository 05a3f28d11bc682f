package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DEMAND;
import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;

import java.util.ArrayList;
import java.util.List;

/**
 * The one judge of every peer's routes: replays them in double precision against the instance as
 * the literature does (Euclidean distance, travel time = distance, service may start at the later
 * of arrival and ready time and must start by the due time, back at the depot by its due time, load
 * within capacity, every customer served exactly once). Peers solve with their own scaling and
 * rounding; only this replay's distance is reported.
 */
final class RouteReplay {

  private static final double EPSILON = 1e-9;

  /** Distance and vehicles of the routes as given, feasible only if nothing is violated. */
  record Replay(double distance, int vehiclesUsed, List<String> violations) {
    boolean feasible() {
      return violations.isEmpty();
    }
  }

  private RouteReplay() {}

  /** Each route lists customer numbers (rows 1..n of the instance), depot excluded. */
  static Replay of(VrptwInstance instance, List<List<Integer>> routes) {
    List<String> violations = new ArrayList<>();
    int[] served = new int[instance.rows().size()];
    double distance = 0;
    int used = 0;
    if (routes.stream().filter(r -> !r.isEmpty()).count() > instance.vehicles()) {
      violations.add("more routes than the " + instance.vehicles() + " vehicles");
    }
    for (List<Integer> route : routes) {
      if (route.isEmpty()) {
        continue;
      }
      used++;
      distance += replayRoute(instance, route, served, violations);
    }
    for (int c = 1; c < served.length; c++) {
      if (served[c] != 1) {
        violations.add("customer " + c + " served " + served[c] + " times");
      }
    }
    return new Replay(distance, used, violations);
  }

  /** One route alone: its distance, feasible if its windows, the depot's day and capacity hold. */
  static Replay ofRoute(VrptwInstance instance, List<Integer> route) {
    List<String> violations = new ArrayList<>();
    double distance = replayRoute(instance, route, new int[instance.rows().size()], violations);
    return new Replay(distance, 1, violations);
  }

  private static double replayRoute(
      VrptwInstance instance, List<Integer> route, int[] served, List<String> violations) {
    double[] depot = instance.rows().get(0);
    double clock = depot[READY];
    double distance = 0;
    int at = 0;
    int load = 0;
    for (int stop : route) {
      if (stop < 1 || stop >= served.length) {
        violations.add("no customer " + stop);
        continue;
      }
      served[stop]++;
      double[] row = instance.rows().get(stop);
      double leg = instance.distance(at, stop);
      distance += leg;
      clock = Math.max(clock + leg, row[READY]);
      if (clock > row[DUE] + EPSILON) {
        violations.add(
            String.format("customer %d starts at %.3f after its due %.0f", stop, clock, row[DUE]));
      }
      clock += row[SERVICE];
      load += (int) row[DEMAND];
      at = stop;
    }
    double back = instance.distance(at, 0);
    distance += back;
    if (clock + back > depot[DUE] + EPSILON) {
      violations.add("a route returns to the depot after " + depot[DUE]);
    }
    if (load > instance.capacity()) {
      violations.add("a route carries " + load + " over the capacity " + instance.capacity());
    }
    return distance;
  }
}
