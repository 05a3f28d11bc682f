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
 * The solver configuration for home routes, as tuned with the benchmarks (README, "Planning").
 * Local search accepts by simulated annealing from a temperature of {@value
 * #STARTING_TEMPERATURE_MINUTES} minutes of travel, cooling to nothing as the time (or, in the
 * server, the time without a better plan) runs out: early on a step may add a few minutes of
 * driving to leave a local optimum, at the end only better steps are taken. It never accepts a step
 * back on the hard or medium level. On problems of up to {@value #SMALL_PROBLEM_VISITS} visits
 * moves reach among the {@value #SMALL_NEARBY} nearest visits, on larger ones the {@value
 * #LARGE_NEARBY} nearest.
 */
public final class HomeRouteSolverConfig {

  public static final int SMALL_PROBLEM_VISITS = 100;
  static final long STARTING_TEMPERATURE_MINUTES = 10;

  /** The server's plans count a second of travel as one soft point. */
  public static final long SERVER_SCORE_PER_MINUTE = 60;

  static final int SMALL_NEARBY = 40;
  static final int LARGE_NEARBY = 20;

  private static final String TUNED =
      "org/careroute/planning/route/solver/homeRouteSolverConfig.xml";

  private HomeRouteSolverConfig() {}

  /**
   * For a problem of {@code visits} visits in the server's units, solving until the time is spent,
   * or sooner when {@code unimprovedFor} passes without a better score.
   */
  public static SolverConfig create(Duration spent, Duration unimprovedFor, int visits) {
    return create(spent, unimprovedFor, visits, SERVER_SCORE_PER_MINUTE);
  }

  /**
   * As {@link #create(Duration, Duration, int)}, for plans whose score counts {@code
   * scorePerMinute} soft points for a minute of travel (the benchmarks' files count 1000).
   */
  public static SolverConfig create(
      Duration spent, Duration unimprovedFor, int visits, long scorePerMinute) {
    SolverConfig config =
        SolverConfig.createFromXmlResource(TUNED, HomeRouteSolverConfig.class.getClassLoader());
    boolean small = visits <= SMALL_PROBLEM_VISITS;
    localSearch(config)
        .setAcceptorConfig(annealingFrom(STARTING_TEMPERATURE_MINUTES * scorePerMinute));
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

  /**
   * Simulated annealing from {@code soft} soft points, never a step back on the hard or medium
   * level.
   */
  public static LocalSearchAcceptorConfig annealingFrom(long soft) {
    return new LocalSearchAcceptorConfig()
        .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + soft + "soft");
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
