package org.careroute.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Set partitioning over every feasible route: each customer on exactly one chosen route, at most
 * the file's vehicles. Its linear relaxation (GLOP) bounds every plan, within 0-2 % of the optimum
 * on the home-care days measured. Only routes whose reduced cost is within a margin of that bound
 * can be in a plan within the margin, so SCIP chooses among those; when its optimum lies within the
 * margin, it is the instance's optimum. Else the margin widens (to the gap found, or fourfold where
 * the routes kept cannot serve every customer), and SCIP chooses again while time is left.
 */
final class RoutePartitioning {

  private static final double FIRST_MARGIN = 0.01;

  private RoutePartitioning() {}

  static DistanceLowerBound.Bound bound(
      VrptwInstance instance, List<FeasibleRoutes.Route> routes, long seconds) {
    Loader.loadNativeLibraries();
    long began = System.nanoTime();
    double[] reducedCosts = new double[routes.size()];
    double relaxed = relaxation(instance, routes, reducedCosts);
    // GLOP's tolerances are relative, about 1e-7: take them off, to stay a bound.
    double lowerBound = relaxed * (1 - 1e-6);
    double margin = relaxed * FIRST_MARGIN;
    Choice best = null;
    while (true) {
      List<FeasibleRoutes.Route> candidates = new ArrayList<>();
      for (int r = 0; r < routes.size(); r++) {
        if (reducedCosts[r] <= margin) {
          candidates.add(routes.get(r));
        }
      }
      long left = seconds * 1000 - (System.nanoTime() - began) / 1_000_000;
      if (left <= 0) {
        break;
      }
      Choice choice = choose(instance, candidates, left);
      if (choice.infeasible()) {
        // Too few routes kept to serve every customer: keep more.
        if (candidates.size() == routes.size()) {
          break;
        }
        margin *= 4;
        continue;
      }
      if (choice.routes().isEmpty()) {
        break;
      }
      if (best == null || choice.distance() < best.distance()) {
        best = choice;
      }
      if (choice.optimal() && choice.distance() - relaxed <= margin) {
        double spent = (System.nanoTime() - began) / 1e9;
        return DistanceLowerBound.bound(
            instance,
            Math.max(lowerBound, Math.min(choice.bound(), relaxed + margin)),
            "OPTIMAL",
            choice.routes(),
            "routes",
            routes.size(),
            spent);
      }
      double needed = best.distance() - relaxed;
      if (needed <= margin) {
        break;
      }
      margin = needed;
    }
    double spent = (System.nanoTime() - began) / 1e9;
    return DistanceLowerBound.bound(
        instance,
        lowerBound,
        best == null ? "LP BOUND" : "FEASIBLE",
        best == null ? List.of() : best.routes(),
        "routes",
        routes.size(),
        spent);
  }

  /**
   * The chosen routes (none if SCIP found no choice in time), their distance, SCIP's bound on them,
   * whether it proved them best, or that no choice of these routes serves every customer.
   */
  private record Choice(
      List<List<Integer>> routes,
      double distance,
      double bound,
      boolean optimal,
      boolean infeasible) {}

  /** The linear relaxation's optimum; each route's reduced cost into {@code reducedCosts}. */
  private static double relaxation(
      VrptwInstance instance, List<FeasibleRoutes.Route> routes, double[] reducedCosts) {
    MPSolver lp = MPSolver.createSolver("GLOP");
    MPVariable[] chosen = partitioning(lp, instance, routes, false);
    MPSolver.ResultStatus status = lp.solve();
    if (status != MPSolver.ResultStatus.OPTIMAL) {
      throw new IllegalStateException(instance.name() + ": the relaxation ended " + status);
    }
    for (int r = 0; r < routes.size(); r++) {
      reducedCosts[r] = chosen[r].reducedCost();
    }
    double optimum = lp.objective().value();
    lp.delete();
    return optimum;
  }

  private static Choice choose(
      VrptwInstance instance, List<FeasibleRoutes.Route> candidates, long millis) {
    MPSolver mip = MPSolver.createSolver("SCIP");
    MPVariable[] chosen = partitioning(mip, instance, candidates, true);
    mip.setTimeLimit(millis);
    MPSolver.ResultStatus status = mip.solve();
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      mip.delete();
      return new Choice(
          List.of(), Double.NaN, Double.NaN, false, status == MPSolver.ResultStatus.INFEASIBLE);
    }
    List<List<Integer>> plan = new ArrayList<>();
    double distance = 0;
    for (int r = 0; r < candidates.size(); r++) {
      if (chosen[r].solutionValue() > 0.5) {
        plan.add(Arrays.stream(candidates.get(r).customers()).boxed().toList());
        distance += candidates.get(r).distance();
      }
    }
    Choice choice =
        new Choice(
            plan,
            distance,
            mip.objective().bestBound() * (1 - 1e-6),
            status == MPSolver.ResultStatus.OPTIMAL,
            false);
    mip.delete();
    return choice;
  }

  private static MPVariable[] partitioning(
      MPSolver solver, VrptwInstance instance, List<FeasibleRoutes.Route> routes, boolean whole) {
    MPConstraint[] servedOnce = new MPConstraint[instance.rows().size()];
    for (int c = 1; c < servedOnce.length; c++) {
      servedOnce[c] = solver.makeConstraint(1, 1);
    }
    MPConstraint fleet = solver.makeConstraint(0, instance.vehicles());
    MPObjective distance = solver.objective();
    MPVariable[] chosen = new MPVariable[routes.size()];
    for (int r = 0; r < routes.size(); r++) {
      chosen[r] =
          whole
              ? solver.makeBoolVar("route" + r)
              : solver.makeNumVar(0, Double.POSITIVE_INFINITY, "route" + r);
      for (int customer : routes.get(r).customers()) {
        servedOnce[customer].setCoefficient(chosen[r], 1);
      }
      fleet.setCoefficient(chosen[r], 1);
      distance.setCoefficient(chosen[r], routes.get(r).distance());
    }
    distance.setMinimization();
    return chosen;
  }
}
