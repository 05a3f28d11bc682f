package org.careroute.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.careroute.planning.route.solver.RuinRecreateMoveIteratorFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Variations of the production route configuration, for the benchmarks: each changes one thing
 * (construction, nearby selection, moves, acceptor), so that a win says what won. OptaPlanner 10.2
 * takes no construction heuristic type for a list variable (it refuses FIRST_FIT_DECREASING and
 * CHEAPEST_INSERTION): it inserts each visit where it costs least, or with an early pick where it
 * first fits.
 */
final class RouteConfigs {

  /** The rivals {@code bin/bench tune} runs beside the production configuration, by name. */
  static final Map<String, Consumer<SolverConfig>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("production", config -> {});
    VARIANTS.put("late-acceptance-30", lateAcceptance(30));
    VARIANTS.put("late-acceptance-100", lateAcceptance(100));
    VARIANTS.put("late-acceptance-400", lateAcceptance(400));
    VARIANTS.put("late-acceptance-1000", lateAcceptance(1000));
    VARIANTS.put("tabu-search", RouteConfigs::valueTabu);
    VARIANTS.put("simulated-annealing-2", simulatedAnnealing(2));
    VARIANTS.put("simulated-annealing-50", simulatedAnnealing(50));
    VARIANTS.put("no-k-opt", RouteConfigs::dropKOpt);
    VARIANTS.put("no-ruin-recreate", RouteConfigs::dropRuinAndRecreate);
    VARIANTS.put("ruin-recreate-weight-1", ruinAndRecreateWeight(1.0));
    VARIANTS.put("ruin-recreate-weight-3", ruinAndRecreateWeight(3.0));
    VARIANTS.put("two-opt-for-k-opt", HomeRouteSolverConfig::useTwoOptForKOpt);
    VARIANTS.put("nearby-20", nearbySize(20));
    VARIANTS.put("nearby-80", nearbySize(80));
    VARIANTS.put("sub-list-moves", RouteConfigs::addSubListMoves);
    VARIANTS.put("construction-picks-first-feasible", RouteConfigs::pickFirstFeasibleInsertion);
  }

  private RouteConfigs() {}

  static LocalSearchPhaseConfig localSearch(SolverConfig config) {
    return HomeRouteSolverConfig.localSearch(config);
  }

  private static List<MoveSelectorConfig> moves(SolverConfig config) {
    return ((UnionMoveSelectorConfig) localSearch(config).getMoveSelectorConfig())
        .getMoveSelectorList();
  }

  static void dropKOpt(SolverConfig config) {
    moves(config).removeIf(m -> m instanceof KOptListMoveSelectorConfig);
  }

  /**
   * The configuration before ruin and recreate came in (commit 550e964 added its entry to the
   * union, and nothing else of the configuration).
   */
  static void dropRuinAndRecreate(SolverConfig config) {
    moves(config)
        .removeIf(
            m ->
                m instanceof MoveIteratorFactoryConfig factory
                    && factory.getMoveIteratorFactoryClass()
                        == RuinRecreateMoveIteratorFactory.class);
  }

  /** How often ruin and recreate is drawn against each of the other moves (weight 1 each). */
  private static Consumer<SolverConfig> ruinAndRecreateWeight(double weight) {
    return config ->
        moves(config).stream()
            .filter(
                m ->
                    m instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass()
                            == RuinRecreateMoveIteratorFactory.class)
            .forEach(m -> m.setFixedProbabilityWeight(weight));
  }

  /**
   * Late acceptance in place of simulated annealing; until 2026-12-04 production had 400 on up to
   * 100 visits and 100 above.
   */
  private static Consumer<SolverConfig> lateAcceptance(int size) {
    return config ->
        localSearch(config)
            .setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size));
  }

  /**
   * Simulated annealing from another temperature, in units of a benchmark file (each scaled by
   * {@link VrptwInstance#SCALE} in the score); production starts from 10.
   */
  private static Consumer<SolverConfig> simulatedAnnealing(int distance) {
    return config ->
        localSearch(config)
            .setAcceptorConfig(HomeRouteSolverConfig.annealingFrom(distance * VrptwInstance.SCALE));
  }

  private static void valueTabu(SolverConfig config) {
    localSearch(config).setAcceptorConfig(new LocalSearchAcceptorConfig().withValueTabuSize(7));
    localSearch(config).getForagerConfig().setAcceptedCountLimit(1000);
  }

  private static Consumer<SolverConfig> nearbySize(int size) {
    return config -> HomeRouteSolverConfig.setNearbySize(config, size);
  }

  /**
   * Each visit goes to the first place that keeps the hard rules, not the cheapest: a faster start
   * on large problems.
   */
  private static void pickFirstFeasibleInsertion(SolverConfig config) {
    ((ConstructionHeuristicPhaseConfig) config.getPhaseConfigList().get(0))
        .setForagerConfig(
            new ConstructionHeuristicForagerConfig()
                .withPickEarlyType(
                    ConstructionHeuristicPickEarlyType
                        .FIRST_FEASIBLE_SCORE_OR_NON_DETERIORATING_HARD));
  }

  private static void addSubListMoves(SolverConfig config) {
    moves(config).add(new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true));
    moves(config).add(new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true));
  }
}
