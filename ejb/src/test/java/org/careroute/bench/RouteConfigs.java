package org.careroute.bench;

import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/** Variations of the production route configuration, for the benchmarks. */
final class RouteConfigs {

  private RouteConfigs() {}

  static LocalSearchPhaseConfig localSearch(SolverConfig config) {
    return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
  }

  static void dropKOpt(SolverConfig config) {
    ((UnionMoveSelectorConfig) localSearch(config).getMoveSelectorConfig()).getMoveSelectorList()
        .removeIf(m -> m instanceof KOptListMoveSelectorConfig);
  }
}
