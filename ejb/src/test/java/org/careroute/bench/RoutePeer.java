package org.careroute.bench;

import java.util.List;

/** A route solver run on a VRPTW instance for a time limit, on one thread. */
interface RoutePeer {

  String name();

  /** Routes as customer numbers in visiting order; customers left out are unserved. */
  List<List<Integer>> solve(VrptwInstance instance, long seconds);

  /**
   * The cost of using a vehicle at all, in distance units, for peers whose objective is a sum: ten
   * of the longest round trips from the depot, so that one vehicle fewer outweighs any distance it
   * costs, as in the literature's hierarchical objective (vehicles first, then distance).
   */
  static double fixedVehicleCost(VrptwInstance instance) {
    double farthest = 0;
    for (int c = 1; c < instance.rows().size(); c++) {
      farthest = Math.max(farthest, instance.distance(0, c));
    }
    return 10 * 2 * farthest;
  }
}
