package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DEMAND;
import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Google OR-Tools' routing solver as the literature's VRPTW: a time dimension with windows and
 * service times, a capacity dimension, the file's vehicles with a fixed cost each, parallel
 * cheapest insertion then guided local search, on one thread (the routing search has no others).
 * OR-Tools needs whole numbers: times are scaled by {@value #SCALE} and rounded up (and due times
 * down), so that a route it finds feasible stays feasible in the double-precision replay; arc costs
 * are rounded to nearest, and only the replay's distance is reported.
 */
final class OrToolsPeer implements RoutePeer {

  private static final long SCALE = 1000;

  @Override
  public String name() {
    return "ortools";
  }

  @Override
  public List<List<Integer>> solve(VrptwInstance instance, long seconds) {
    Loader.loadNativeLibraries();
    int places = instance.rows().size();
    long[][] cost = new long[places][places];
    long[][] time = new long[places][places];
    for (int from = 0; from < places; from++) {
      long service = (long) Math.ceil(instance.rows().get(from)[SERVICE] * SCALE);
      for (int to = 0; to < places; to++) {
        double distance = instance.distance(from, to);
        cost[from][to] = Math.round(distance * SCALE);
        time[from][to] = (long) Math.ceil(distance * SCALE) + service;
      }
    }
    RoutingIndexManager manager = new RoutingIndexManager(places, instance.vehicles(), 0);
    RoutingModel routing = new RoutingModel(manager);
    routing.setArcCostEvaluatorOfAllVehicles(routing.registerTransitMatrix(cost));
    routing.setFixedCostOfAllVehicles(Math.round(RoutePeer.fixedVehicleCost(instance) * SCALE));

    double[] depot = instance.rows().get(0);
    long horizon = (long) Math.floor(depot[DUE] * SCALE);
    routing.addDimension(routing.registerTransitMatrix(time), horizon, horizon, false, "Time");
    RoutingDimension clock = routing.getMutableDimension("Time");
    long[] demands = new long[places];
    // A customer may be dropped only at a price far above a vehicle's, so that an answer comes back
    // even where the fleet cannot serve all (the replay then calls it infeasible).
    long dropPenalty = 100 * Math.round(RoutePeer.fixedVehicleCost(instance) * SCALE);
    for (int c = 1; c < places; c++) {
      double[] row = instance.rows().get(c);
      long index = manager.nodeToIndex(c);
      clock
          .cumulVar(index)
          .setRange((long) Math.ceil(row[READY] * SCALE), (long) Math.floor(row[DUE] * SCALE));
      demands[c] = (long) row[DEMAND];
      routing.addDisjunction(new long[] {index}, dropPenalty);
    }
    for (int v = 0; v < instance.vehicles(); v++) {
      clock.cumulVar(routing.start(v)).setRange((long) Math.ceil(depot[READY] * SCALE), horizon);
      clock.cumulVar(routing.end(v)).setRange((long) Math.ceil(depot[READY] * SCALE), horizon);
    }
    long[] capacities = new long[instance.vehicles()];
    Arrays.fill(capacities, instance.capacity());
    routing.addDimensionWithVehicleCapacity(
        routing.registerUnaryTransitVector(demands), 0, capacities, true, "Capacity");

    RoutingSearchParameters parameters =
        main.defaultRoutingSearchParameters().toBuilder()
            .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
            .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
            .setTimeLimit(Duration.newBuilder().setSeconds(seconds).build())
            .build();
    Assignment solution = routing.solveWithParameters(parameters);
    List<List<Integer>> routes = new ArrayList<>();
    if (solution == null) {
      return routes;
    }
    for (int v = 0; v < instance.vehicles(); v++) {
      List<Integer> route = new ArrayList<>();
      for (long index = solution.value(routing.nextVar(routing.start(v)));
          !routing.isEnd(index);
          index = solution.value(routing.nextVar(index))) {
        route.add(manager.indexToNode(index));
      }
      routes.add(route);
    }
    return routes;
  }
}
