package org.careroute.planning.route.solver;

import java.time.Duration;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration for home routes, as tuned with the benchmarks (README, "Planning"). */
public final class HomeRouteSolverConfig {

  private static final String TUNED = "org/careroute/planning/route/solver/homeRouteSolverConfig.xml";

  private HomeRouteSolverConfig() {}

  /** Solves until the time is spent, or sooner when {@code unimprovedFor} passes without a better score. */
  public static SolverConfig create(Duration spent, Duration unimprovedFor) {
    SolverConfig config = SolverConfig.createFromXmlResource(TUNED, HomeRouteSolverConfig.class.getClassLoader());
    TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
    if (unimprovedFor != null) {
      termination.setUnimprovedSpentLimit(unimprovedFor);
    }
    return config.withTerminationConfig(termination)
        .withSolutionClass(HomeRoutePlan.class)
        .withEntityClasses(NurseRoute.class, HomeVisit.class)
        .withConstraintProviderClass(HomeRouteConstraints.class);
  }
}
