package org.careroute.bench;

import static org.careroute.bench.VrptwInstance.DEMAND;
import static org.careroute.bench.VrptwInstance.DUE;
import static org.careroute.bench.VrptwInstance.READY;
import static org.careroute.bench.VrptwInstance.SERVICE;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.MultipleCircuitConstraint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A proven lower bound on an instance's distance, so that a distance target can be judged against
 * what any plan could reach: every customer served once by at most the file's vehicles within
 * windows, capacity and the depot's day, minimising distance alone, with OR-Tools' solvers (test
 * scope). Where routes are short enough to list them all ({@link FeasibleRoutes}), a choice among
 * them ({@link RoutePartitioning}), which on a home-care day usually proves the optimum; else a
 * CP-SAT model of arcs and start times, whose bound is weaker. Any plan found on the way is checked
 * by the same double-precision replay as the peers'.
 *
 * <p>The arc model is a relaxation of the replay's rules, so its bound holds for the real instance:
 * every time and distance is scaled by {@value VrptwInstance#SCALE} and rounded down (a real plan,
 * its times rounded down, satisfies every rounded constraint), and arcs no plan can use (the
 * earliest start at one customer, its service and the leg past the other's due time) are left out.
 */
final class DistanceLowerBound {

  private static final long SCALE = VrptwInstance.SCALE;

  record Bound(
      String instance,
      double lowerBound,
      double bestFoundDistance,
      int bestFoundVehicles,
      boolean bestFoundFeasible,
      String status,
      String model,
      int size,
      double seconds) {}

  // Set partitioning stays quick to solve up to some millions of columns.
  private static final int ROUTE_LIMIT = 2_000_000;

  private DistanceLowerBound() {}

  static void run(long seconds, int workers, List<Path> files) throws IOException {
    System.out.printf(
        "%-16s %12s %12s %8s %9s %-10s %-17s %8s%n",
        "instance",
        "lower bound",
        "plan found",
        "vehicles",
        "feasible",
        "status",
        "model (size)",
        "seconds");
    for (Path file : files) {
      Bound bound = of(VrptwInstance.read(file), seconds, workers);
      System.out.printf(
          Locale.ROOT,
          "%-16s %12.2f %12s %8s %9s %-10s %-17s %8.1f%n",
          bound.instance(),
          bound.lowerBound(),
          Double.isNaN(bound.bestFoundDistance())
              ? "-"
              : String.format(Locale.ROOT, "%.2f", bound.bestFoundDistance()),
          Double.isNaN(bound.bestFoundDistance()) ? "-" : bound.bestFoundVehicles(),
          Double.isNaN(bound.bestFoundDistance()) ? "-" : bound.bestFoundFeasible(),
          bound.status(),
          bound.model() + " (" + bound.size() + ")",
          bound.seconds());
    }
  }

  static Bound of(VrptwInstance instance, long seconds, int workers) {
    Optional<Collection<FeasibleRoutes.Route>> routes = FeasibleRoutes.of(instance, ROUTE_LIMIT);
    return routes.isPresent()
        ? RoutePartitioning.bound(instance, List.copyOf(routes.get()), seconds)
        : choosingArcs(instance, seconds, workers);
  }

  /**
   * Arcs and start times where routes are too many to list: a weaker bound (big-M windows),
   * anytime.
   */
  static Bound choosingArcs(VrptwInstance instance, long seconds, int workers) {
    Loader.loadNativeLibraries();
    int places = instance.rows().size();
    double[] depot = instance.rows().get(0);
    CpModel model = new CpModel();
    IntVar[] start = new IntVar[places];
    IntVar[] load = new IntVar[places];
    for (int c = 1; c < places; c++) {
      double[] row = instance.rows().get(c);
      double earliest = Math.max(row[READY], depot[READY] + instance.distance(0, c));
      double latest = Math.min(row[DUE], depot[DUE] - row[SERVICE] - instance.distance(c, 0));
      // One unit of slack above: the replay allows its due times a hair of rounding.
      start[c] = model.newIntVar(down(earliest), down(latest) + 1, "start" + c);
      load[c] = model.newIntVar((long) row[DEMAND], instance.capacity(), "load" + c);
    }
    MultipleCircuitConstraint circuit = model.addMultipleCircuit();
    LinearExprBuilder distance = LinearExpr.newBuilder();
    LinearExprBuilder leavingDepot = LinearExpr.newBuilder();
    List<int[]> arcs = new ArrayList<>();
    List<BoolVar> used = new ArrayList<>();
    for (int from = 0; from < places; from++) {
      for (int to = 0; to < places; to++) {
        if (from == to || !usable(instance, from, to)) {
          continue;
        }
        BoolVar arc = model.newBoolVar(from + ">" + to);
        circuit.addArc(from, to, arc);
        distance.addTerm(arc, down(instance.distance(from, to)));
        arcs.add(new int[] {from, to});
        used.add(arc);
        if (from == 0) {
          leavingDepot.add(arc);
        } else if (to != 0) {
          double[] row = instance.rows().get(from);
          long leg = down(row[SERVICE] + instance.distance(from, to));
          model
              .addGreaterOrEqual(
                  LinearExpr.newBuilder().add(start[to]).addTerm(start[from], -1), leg)
              .onlyEnforceIf(arc);
          model
              .addGreaterOrEqual(
                  LinearExpr.newBuilder().add(load[to]).addTerm(load[from], -1),
                  (long) instance.rows().get(to)[DEMAND])
              .onlyEnforceIf(arc);
        }
      }
    }
    model.addLessOrEqual(leavingDepot, instance.vehicles());
    model.minimize(distance);

    CpSolver solver = solve(model, seconds, workers);
    CpSolverStatus status = solver.solve(model);
    List<List<Integer>> plan =
        status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
            ? routes(solver, arcs, used, places)
            : List.of();
    return bound(
        instance,
        Math.max(0, solver.bestObjectiveBound()) / SCALE,
        status.name(),
        plan,
        "arcs",
        arcs.size(),
        solver.wallTime());
  }

  private static CpSolver solve(CpModel model, long seconds, int workers) {
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers);
    return solver;
  }

  static Bound bound(
      VrptwInstance instance,
      double lowerBound,
      String status,
      List<List<Integer>> plan,
      String model,
      int size,
      double seconds) {
    if (plan.isEmpty()) {
      return new Bound(
          instance.name(), lowerBound, Double.NaN, 0, false, status, model, size, seconds);
    }
    RouteReplay.Replay replay = RouteReplay.of(instance, plan);
    return new Bound(
        instance.name(),
        lowerBound,
        replay.distance(),
        replay.vehiclesUsed(),
        replay.feasible(),
        status,
        model,
        size,
        seconds);
  }

  /**
   * Whether some plan could drive from one place straight to the other: the depot's day and the
   * customers' windows allow it, with times rounded the relaxing way.
   */
  private static boolean usable(VrptwInstance instance, int from, int to) {
    double[] depot = instance.rows().get(0);
    double[] origin = instance.rows().get(from);
    double leg = instance.distance(from, to);
    double earliestStart =
        from == 0 ? depot[READY] : Math.max(origin[READY], instance.distance(0, from));
    double due = to == 0 ? depot[DUE] : instance.rows().get(to)[DUE];
    if (to != 0
        && from != 0
        && origin[DEMAND] + instance.rows().get(to)[DEMAND] > instance.capacity()) {
      return false;
    }
    return down(earliestStart) + down(origin[SERVICE] + leg) <= down(due) + 1;
  }

  private static List<List<Integer>> routes(
      CpSolver solver, List<int[]> arcs, List<BoolVar> used, int places) {
    int[] next = new int[places];
    List<Integer> firsts = new ArrayList<>();
    for (int a = 0; a < arcs.size(); a++) {
      if (solver.booleanValue(used.get(a))) {
        int[] arc = arcs.get(a);
        if (arc[0] == 0) {
          firsts.add(arc[1]);
        } else {
          next[arc[0]] = arc[1];
        }
      }
    }
    List<List<Integer>> routes = new ArrayList<>();
    for (int first : firsts) {
      List<Integer> route = new ArrayList<>();
      for (int at = first; at != 0; at = next[at]) {
        route.add(at);
      }
      routes.add(route);
    }
    return routes;
  }

  private static long down(double units) {
    return (long) Math.floor(units * SCALE);
  }
}
