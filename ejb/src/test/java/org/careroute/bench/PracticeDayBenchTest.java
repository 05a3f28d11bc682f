package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.solver.RuinRecreateMoveIteratorFactory;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class PracticeDayBenchTest {

  private static final PracticeDayBench.Options OPTIONS =
      PracticeDayBench.Options.parse(new String[] {"practice"});

  @Test
  void aVisitOnARouteThatBreaksAHardRuleIsNotCountedAsPlaced() {
    // Visit 2 is 50 minutes out but must be started within one.
    VrptwInstance instance =
        new VrptwInstance(
            "late",
            2,
            10,
            List.of(
                new double[] {0, 0, 0, 0, 0, 600, 0},
                new double[] {1, 3, 4, 1, 0, 120, 10},
                new double[] {2, 30, 40, 1, 0, 1, 10}));
    HomeRoutePlan plan = instance.toPlan();
    List<NurseRoute> nurses = plan.getRoutes().stream().filter(NurseRoute::isStaffed).toList();
    nurses.get(0).getVisits().add(visit(plan, "1"));
    nurses.get(1).getVisits().add(visit(plan, "2"));

    PracticeDayBench.Outcome outcome = PracticeDayBench.Outcome.of(instance, plan, 1);

    assertThat(outcome.placed()).isEqualTo(1);
    assertThat(outcome.rejected()).isEqualTo(1);
    assertThat(outcome.violations()).singleElement().asString().startsWith("2 starts");
  }

  @Test
  void beforeIsTheServerConfigurationWithoutOnlyItsRuinAndRecreateEntry() {
    SolverConfig now = PracticeDayBench.serverConfig(OPTIONS);
    SolverConfig before = PracticeDayBench.serverConfig(OPTIONS);

    RouteConfigs.dropRuinAndRecreate(before);

    List<MoveSelectorConfig> nowMoves = moves(now);
    assertThat(nowMoves).filteredOn(PracticeDayBenchTest::isRuinAndRecreate).hasSize(1);
    assertThat(moves(before))
        .extracting(MoveSelectorConfig::getClass)
        .containsExactlyElementsOf(
            nowMoves.stream()
                .filter(move -> !isRuinAndRecreate(move))
                .map(MoveSelectorConfig::getClass)
                .toList());
    assertThat(before.getMoveThreadCount()).isNull();
  }

  private static HomeVisit visit(HomeRoutePlan plan, String id) {
    return plan.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
  }

  private static List<MoveSelectorConfig> moves(SolverConfig config) {
    return ((UnionMoveSelectorConfig) RouteConfigs.localSearch(config).getMoveSelectorConfig())
        .getMoveSelectorList();
  }

  private static boolean isRuinAndRecreate(MoveSelectorConfig move) {
    return move instanceof MoveIteratorFactoryConfig factory
        && factory.getMoveIteratorFactoryClass() == RuinRecreateMoveIteratorFactory.class;
  }
}
