package org.careroute.planning.route.solver;

import java.time.Duration;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration for home routes, as tuned with the benchmarks (README, "Planning"). Late
 * acceptance looks {@value #SMALL_LATE_ACCEPTANCE} steps back on problems of up to
 * {@value #SMALL_PROBLEM_VISITS} visits and {@value #LARGE_LATE_ACCEPTANCE} on larger ones: the
 * longer memory finds better routes and places more visits where the time allows enough steps, and
 * descends too slowly where it does not.
 */
public final class HomeRouteSolverConfig {

  public static final int SMALL_PROBLEM_VISITS = 100;
  static final int SMALL_LATE_ACCEPTANCE = 400;
  static final int LARGE_LATE_ACCEPTANCE = 100;

  private static final String TUNED = "org/careroute/planning/route/solver/homeRouteSolverConfig.xml";

  private HomeRouteSolverConfig() {}

  /**
   * For a problem of {@code visits} visits, solving until the time is spent, or sooner when
   * {@code unimprovedFor} passes without a better score.
   */
  public static SolverConfig create(Duration spent, Duration unimprovedFor, int visits) {
    SolverConfig config = SolverConfig.createFromXmlResource(TUNED, HomeRouteSolverConfig.class.getClassLoader());
    ((LocalSearchPhaseConfig) config.getPhaseConfigList().get(1)).setAcceptorConfig(new LocalSearchAcceptorConfig()
        .withLateAcceptanceSize(visits <= SMALL_PROBLEM_VISITS ? SMALL_LATE_ACCEPTANCE : LARGE_LATE_ACCEPTANCE));
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
