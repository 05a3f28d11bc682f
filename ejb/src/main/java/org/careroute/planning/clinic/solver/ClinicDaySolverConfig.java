package org.careroute.planning.clinic.solver;

import java.time.Duration;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration for clinic sessions, as tuned with {@code bin/bench clinic} (README,
 * "Planning").
 */
public final class ClinicDaySolverConfig {

  private static final String TUNED =
      "org/careroute/planning/clinic/solver/clinicDaySolverConfig.xml";

  private ClinicDaySolverConfig() {}

  /**
   * Solves until the time is spent, or sooner when {@code unimprovedFor} passes without a better
   * score.
   */
  public static SolverConfig create(Duration spent, Duration unimprovedFor) {
    TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
    if (unimprovedFor != null) {
      termination.setUnimprovedSpentLimit(unimprovedFor);
    }
    return SolverConfig.createFromXmlResource(TUNED, ClinicDaySolverConfig.class.getClassLoader())
        .withSolutionClass(ClinicDayPlan.class)
        .withEntityClasses(ClinicSession.class)
        .withConstraintProviderClass(ClinicDayConstraints.class)
        .withTerminationConfig(termination);
  }
}
