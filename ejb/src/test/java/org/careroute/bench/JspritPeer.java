package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DEMAND;
import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;
import static org.careroute.bench.VrptwInstance.X;
import static org.careroute.bench.VrptwInstance.Y;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.ArrayList;
import java.util.List;

/**
 * jsprit's ruin-and-recreate search on the instance: the file's vehicles (a finite fleet, each with
 * the same fixed cost as the other peers), cost per distance 1, Euclidean travel in double
 * precision (jsprit's crow-fly costs), one thread, stopped by a time termination instead of an
 * iteration count.
 */
final class JspritPeer implements RoutePeer {

  @Override
  public String name() {
    return "jsprit";
  }

  @Override
  public List<List<Integer>> solve(VrptwInstance instance, long seconds) {
    double[] depot = instance.rows().get(0);
    VehicleType type =
        VehicleTypeImpl.Builder.newInstance("vehicle")
            .addCapacityDimension(0, instance.capacity())
            .setFixedCost(RoutePeer.fixedVehicleCost(instance))
            .setCostPerDistance(1)
            .setCostPerTransportTime(0)
            .setCostPerWaitingTime(0)
            .build();
    VehicleRoutingProblem.Builder problem =
        VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
    for (int v = 0; v < instance.vehicles(); v++) {
      problem.addVehicle(
          VehicleImpl.Builder.newInstance("vehicle-" + v)
              .setStartLocation(location("depot", depot))
              .setEarliestStart(depot[READY])
              .setLatestArrival(depot[DUE])
              .setType(type)
              .build());
    }
    for (int c = 1; c < instance.rows().size(); c++) {
      double[] row = instance.rows().get(c);
      problem.addJob(
          Service.Builder.newInstance(String.valueOf(c))
              .addSizeDimension(0, (int) row[DEMAND])
              .setLocation(location(String.valueOf(c), row))
              .setServiceTime(row[SERVICE])
              .setTimeWindow(TimeWindow.newInstance(row[READY], row[DUE]))
              .build());
    }
    VehicleRoutingAlgorithm algorithm =
        Jsprit.Builder.newInstance(problem.build())
            .setProperty(Jsprit.Parameter.THREADS, "1")
            .buildAlgorithm();
    algorithm.setMaxIterations(Integer.MAX_VALUE);
    TimeTermination termination = new TimeTermination(seconds * 1000);
    algorithm.addTerminationCriterion(termination);
    algorithm.addListener(termination);
    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
    List<List<Integer>> routes = new ArrayList<>();
    for (VehicleRoute route : best.getRoutes()) {
      List<Integer> stops = new ArrayList<>();
      for (TourActivity activity : route.getActivities()) {
        stops.add(Integer.parseInt(((TourActivity.JobActivity) activity).getJob().getId()));
      }
      routes.add(stops);
    }
    return routes;
  }

  private static Location location(String id, double[] row) {
    return Location.Builder.newInstance()
        .setId(id)
        .setCoordinate(Coordinate.newInstance(row[X], row[Y]))
        .build();
  }
}
