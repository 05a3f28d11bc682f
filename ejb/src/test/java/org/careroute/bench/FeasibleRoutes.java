package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DEMAND;
import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every route one vehicle could drive on an instance, by the replay's rules (windows, the depot's
 * day, capacity), each set of customers once with its shortest feasible order. Where capacity and
 * windows keep routes short, as on a home-care day of four kits a nurse, there are few enough to
 * choose among all of them, and the best choice is the optimum.
 */
final class FeasibleRoutes {

  /** The customers of one route in the order driven, and its distance there and back. */
  record Route(int[] customers, double distance) {}

  // The replay's tolerance, so that what it accepts is enumerated.
  private static final double EPSILON = 1e-9;
  private static final long PATHS_PER_ROUTE = 50;

  private final VrptwInstance instance;
  private final int limit;
  private final Map<BitSet, Route> shortest = new HashMap<>();
  private final int[] path;
  private long pathsTried;
  private boolean overLimit;

  private FeasibleRoutes(VrptwInstance instance, int limit) {
    this.instance = instance;
    this.limit = limit;
    this.path = new int[instance.rows().size()];
  }

  /** The routes, or empty where there are more than {@code limit} sets of customers. */
  static Optional<Collection<Route>> of(VrptwInstance instance, int limit) {
    FeasibleRoutes routes = new FeasibleRoutes(instance, limit);
    double[] depot = instance.rows().get(0);
    routes.extend(0, 0, depot[READY], 0, 0, new BitSet());
    return routes.overLimit ? Optional.empty() : Optional.of(routes.shortest.values());
  }

  private void extend(int length, int at, double clock, int load, double driven, BitSet members) {
    double[] depot = instance.rows().get(0);
    for (int next = 1; next < path.length && !overLimit; next++) {
      double[] row = instance.rows().get(next);
      if (members.get(next) || load + row[DEMAND] > instance.capacity()) {
        continue;
      }
      double leg = instance.distance(at, next);
      double arrival = clock + leg;
      if (arrival > row[DUE] + EPSILON) {
        continue;
      }
      double departure = Math.max(arrival, row[READY]) + row[SERVICE];
      double back = instance.distance(next, 0);
      if (departure + back > depot[DUE] + EPSILON) {
        continue;
      }
      // Orders of the same customers are tried one by one: bound them too, where windows are wide.
      overLimit = ++pathsTried > PATHS_PER_ROUTE * limit;
      members.set(next);
      path[length] = next;
      keepIfShortest(members, length + 1, driven + leg + back);
      extend(length + 1, next, departure, load + (int) row[DEMAND], driven + leg, members);
      members.clear(next);
    }
  }

  private void keepIfShortest(BitSet members, int length, double distance) {
    Route known = shortest.get(members);
    if (known == null || distance < known.distance()) {
      shortest.put((BitSet) members.clone(), new Route(Arrays.copyOf(path, length), distance));
      overLimit = shortest.size() > limit;
    }
  }
}
