package org.careroute.planning.route.solver;

import java.time.Duration;
import java.util.List;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration for home routes, as tuned with the benchmarks (README, "Planning"). On
 * problems of up to {@value #SMALL_PROBLEM_VISITS} visits late acceptance looks {@value
 * #SMALL_LATE_ACCEPTANCE} steps back and moves reach among the {@value #SMALL_NEARBY} nearest
 * visits; on larger ones {@value #LARGE_LATE_ACCEPTANCE} steps and the {@value #LARGE_NEARBY}
 * nearest. The longer memory and wider reach find better routes and place more visits where the
 * time allows enough steps, and descend too slowly where it does not.
 */
public final class HomeRouteSolverConfig {

  public static final int SMALL_PROBLEM_VISITS = 100;
  static final int SMALL_LATE_ACCEPTANCE = 400;
  static final int LARGE_LATE_ACCEPTANCE = 100;
  static final int SMALL_NEARBY = 40;
  static final int LARGE_NEARBY = 20;

  private static final String TUNED =
      "org/careroute/planning/route/solver/homeRouteSolverConfig.xml";

  private HomeRouteSolverConfig() {}

  /**
   * For a problem of {@code visits} visits, solving until the time is spent, or sooner when {@code
   * unimprovedFor} passes without a better score.
   */
  public static SolverConfig create(Duration spent, Duration unimprovedFor, int visits) {
    SolverConfig config =
        SolverConfig.createFromXmlResource(TUNED, HomeRouteSolverConfig.class.getClassLoader());
    boolean small = visits <= SMALL_PROBLEM_VISITS;
    localSearch(config)
        .setAcceptorConfig(
            new LocalSearchAcceptorConfig()
                .withLateAcceptanceSize(small ? SMALL_LATE_ACCEPTANCE : LARGE_LATE_ACCEPTANCE));
    setNearbySize(config, small ? SMALL_NEARBY : LARGE_NEARBY);
    TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
    if (unimprovedFor != null) {
      termination.setUnimprovedSpentLimit(unimprovedFor);
    }
    return config
        .withTerminationConfig(termination)
        .withSolutionClass(HomeRoutePlan.class)
        .withEntityClasses(NurseRoute.class, HomeVisit.class)
        .withConstraintProviderClass(HomeRouteConstraints.class);
  }

  public static LocalSearchPhaseConfig localSearch(SolverConfig config) {
    return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
  }

  /**
   * Solves with {@code moveThreadCount} move threads (OptaPlanner's count: a number, AUTO or NONE).
   * With more than one, our own 2-opt moves stand in for k-opt: OptaPlanner 10.2's k-opt list move
   * breaks its own undo under move threads (the same bug as Timefold's issue 250, fixed there in
   * pull request 254). One thread keeps k-opt: README, "Benchmarks", for the comparison.
   */
  public static void setMoveThreads(SolverConfig config, String moveThreadCount) {
    config.setMoveThreadCount(moveThreadCount);
    boolean oneThread =
        moveThreadCount == null
            || moveThreadCount.equals(SolverConfig.MOVE_THREAD_COUNT_NONE)
            || moveThreadCount.equals("1");
    if (!oneThread) {
      useTwoOptForKOpt(config);
    }
  }

  /** Draws {@link TwoOptMoveIteratorFactory}'s moves where the tuned configuration has k-opt. */
  public static void useTwoOptForKOpt(SolverConfig config) {
    List<MoveSelectorConfig> moves = moves(config);
    moves.replaceAll(
        move ->
            move instanceof KOptListMoveSelectorConfig
                ? new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(TwoOptMoveIteratorFactory.class)
                : move);
  }

  /**
   * How many of the nearest visits the change and swap moves reach for (parabolic distribution).
   */
  public static void setNearbySize(SolverConfig config, int nearest) {
    for (MoveSelectorConfig<?> move : moves(config)) {
      if (move instanceof ListChangeMoveSelectorConfig change) {
        change
            .getDestinationSelectorConfig()
            .getNearbySelectionConfig()
            .setParabolicDistributionSizeMaximum(nearest);
      } else if (move instanceof ListSwapMoveSelectorConfig swap) {
        swap.getSecondaryValueSelectorConfig()
            .getNearbySelectionConfig()
            .setParabolicDistributionSizeMaximum(nearest);
      }
    }
  }

  private static List<MoveSelectorConfig> moves(SolverConfig config) {
    return ((UnionMoveSelectorConfig) localSearch(config).getMoveSelectorConfig())
        .getMoveSelectorList();
  }
}
