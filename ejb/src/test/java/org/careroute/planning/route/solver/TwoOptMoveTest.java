package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.route.solver.PlanSnapshots.doAndUndoEach;
import static org.careroute.planning.route.solver.PlanSnapshots.everyVisitHeld;
import static org.careroute.planning.route.solver.PlanSnapshots.lists;
import static org.careroute.planning.route.solver.PlanSnapshots.roughlyPlannedDay;
import static org.careroute.planning.route.solver.PlanSnapshots.scoreDirector;
import static org.careroute.planning.route.solver.PlanSnapshots.shadows;
import static org.careroute.planning.route.solver.PlanSnapshots.shadowsFromScratch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

class TwoOptMoveTest {

  private final NurseRoute first = Routes.route("first");
  private final NurseRoute second = Routes.route("second");
  private final HomeVisit a = visit("a", Routes.A);
  private final HomeVisit b = visit("b", Routes.B);
  private final HomeVisit c = visit("c", Routes.A);
  private final HomeVisit d = visit("d", Routes.B);

  private HomeRoutePlan twoRoutes() {
    Routes.assign(first, a, b, c);
    Routes.assign(second, d);
    return new HomeRoutePlan(
        "two routes",
        List.of(first, second, NurseRoute.unstaffed(Routes.HOME)),
        List.of(a, b, c, d));
  }

  @Test
  void aReversalAndItsUndoRestoreListsShadowsAndScore() {
    HomeRoutePlan plan = twoRoutes();
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    HardMediumSoftLongScore before = scoreDirector.calculateScore();
    Map<String, List<Object>> shadows = shadows(plan);

    Move<HomeRoutePlan> undo = new TwoOptMove(first, 0, 3).doMove(scoreDirector);

    assertThat(first.getVisits()).containsExactly(c, b, a);
    assertThat(c.getPrevious()).isNull();
    assertThat(a.getNext()).isNull();
    assertThat(shadows(plan)).isEqualTo(shadowsFromScratch(scoreDirector));
    scoreDirector.assertWorkingScoreFromScratch(scoreDirector.calculateScore(), undo);
    undo.doMove(scoreDirector);
    assertThat(first.getVisits()).containsExactly(a, b, c);
    assertThat(shadows(plan)).isEqualTo(shadows);
    assertThat(scoreDirector.calculateScore()).isEqualTo(before);
  }

  @Test
  void aTailExchangeAndItsUndoRestoreListsShadowsAndScore() {
    HomeRoutePlan plan = twoRoutes();
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    HardMediumSoftLongScore before = scoreDirector.calculateScore();
    Map<String, List<Object>> shadows = shadows(plan);

    Move<HomeRoutePlan> undo = new TailExchangeMove(first, 1, second, 0).doMove(scoreDirector);

    assertThat(first.getVisits()).containsExactly(a, d);
    assertThat(second.getVisits()).containsExactly(b, c);
    assertThat(b.getRoute()).isSameAs(second);
    assertThat(b.getPrevious()).isNull();
    assertThat(d.getPrevious()).isSameAs(a);
    assertThat(shadows(plan)).isEqualTo(shadowsFromScratch(scoreDirector));
    scoreDirector.assertWorkingScoreFromScratch(scoreDirector.calculateScore(), undo);
    undo.doMove(scoreDirector);
    assertThat(lists(plan).get("first")).containsExactly("a", "b", "c");
    assertThat(lists(plan).get("second")).containsExactly("d");
    assertThat(shadows(plan)).isEqualTo(shadows);
    assertThat(scoreDirector.calculateScore()).isEqualTo(before);
  }

  @Test
  void movesThatWouldChangeNothingAreNotDoable() {
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector =
        scoreDirector(twoRoutes());

    assertThat(new TwoOptMove(first, 1, 2).isMoveDoable(scoreDirector)).isFalse();
    assertThat(new TwoOptMove(first, 2, 2).isMoveDoable(scoreDirector)).isFalse();
    assertThat(new TailExchangeMove(first, 3, second, 1).isMoveDoable(scoreDirector)).isFalse();
    assertThat(new TwoOptMove(first, 1, 3).isMoveDoable(scoreDirector)).isTrue();
    assertThat(new TailExchangeMove(first, 3, second, 0).isMoveDoable(scoreDirector)).isTrue();
  }

  @Test
  void everyDrawnMoveScoresAsFromScratchAndItsUndoRestoresTheExactSolutionAndScore() {
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector =
        scoreDirector(roughlyPlannedDay(11, 4, 40));

    List<Move<HomeRoutePlan>> done = doAndUndoEach(scoreDirector, moves(scoreDirector, 3), 500);

    assertThat(done)
        .extracting(Object::getClass)
        .contains(TwoOptMove.class, TailExchangeMove.class);
  }

  @Test
  void movesRebasedOntoACloneDoTheSameThere() {
    HomeRoutePlan plan = roughlyPlannedDay(5, 5, 40);
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();
    HomeRoutePlan clone = scoreDirector.cloneWorkingSolution();
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> cloneDirector = scoreDirector(clone);
    cloneDirector.calculateScore();
    Iterator<Move<HomeRoutePlan>> moves = moves(scoreDirector, 7);

    for (int i = 0; i < 200; i++) {
      Move<HomeRoutePlan> move = moves.next();
      Move<HomeRoutePlan> rebased = move.rebase(cloneDirector);

      assertThat(rebased.getPlanningEntities())
          .allSatisfy(r -> assertThat(clone.getRoutes()).containsOnlyOnce((NurseRoute) r));
      assertThat(rebased.getPlanningValues())
          .allSatisfy(v -> assertThat(clone.getVisits()).containsOnlyOnce((HomeVisit) v));
      assertThat(rebased.isMoveDoable(cloneDirector)).isTrue();
      move.doMove(scoreDirector);
      rebased.doMove(cloneDirector);
      assertThat(lists(clone)).as(move.toString()).isEqualTo(lists(plan));
      assertThat(shadows(clone)).isEqualTo(shadows(plan));
      assertThat(cloneDirector.calculateScore()).isEqualTo(scoreDirector.calculateScore());
    }
  }

  @Test
  void visitsHeldInPlaceKeepTheirRouteAndPosition() {
    // The first visit of each route (under way, say) and one in the middle of the first route.
    HomeRoutePlan plan = roughlyPlannedDay(3, 4, 40);
    Map<HomeVisit, NurseRoute> held = new HashMap<>();
    Map<HomeVisit, Integer> heldAt = new HashMap<>();
    for (NurseRoute route : plan.getRoutes()) {
      List<HomeVisit> visits = route.getVisits();
      if (route.isStaffed() && visits.size() > 4) {
        List<HomeVisit> toHold =
            held.isEmpty()
                ? List.of(visits.get(0), visits.get(visits.size() / 2))
                : visits.subList(0, 1);
        for (HomeVisit visit : List.copyOf(toHold)) {
          visit.pinTo(route.getNurseId(), visit.serviceStart());
          held.put(visit, route);
          heldAt.put(visit, visits.indexOf(visit));
        }
      }
    }
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();
    Iterator<Move<HomeRoutePlan>> moves = moves(scoreDirector, 11);

    int done = 0;
    for (; done < 300 && moves.hasNext(); done++) {
      Move<HomeRoutePlan> move = moves.next();
      move.doMove(scoreDirector);
      held.forEach(
          (visit, route) -> {
            assertThat(visit.getRoute()).as(move.toString()).isSameAs(route);
            assertThat(route.getVisits().indexOf(visit)).isEqualTo(heldAt.get(visit));
          });
    }
    assertThat(held).isNotEmpty();
    assertThat(done).isGreaterThan(100);
  }

  @Test
  void noMoveIsDrawnWhenEveryVisitIsHeld() {
    assertThat(moves(everyVisitHeld(), 1).hasNext()).isFalse();
  }

  @Test
  void moveThreadsTradeKOptForTwoOptAndOneThreadKeepsIt() {
    SolverConfig threaded = HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 30);
    HomeRouteSolverConfig.setMoveThreads(threaded, "2");
    SolverConfig single = HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 30);
    HomeRouteSolverConfig.setMoveThreads(single, "1");

    assertThat(threaded.getMoveThreadCount()).isEqualTo("2");
    assertThat(moveSelectors(threaded))
        .noneMatch(KOptListMoveSelectorConfig.class::isInstance)
        .anyMatch(
            m ->
                m instanceof MoveIteratorFactoryConfig factory
                    && factory.getMoveIteratorFactoryClass() == TwoOptMoveIteratorFactory.class);
    assertThat(moveSelectors(single)).anyMatch(KOptListMoveSelectorConfig.class::isInstance);
  }

  @Test
  void aFullAssertSolveWithOnlyTwoOptOnTwoMoveThreadsKeepsTheScoreUncorrupted() {
    SolverConfig config =
        HomeRouteSolverConfig.create(Duration.ofMinutes(1), null, 30)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    HomeRouteSolverConfig.setMoveThreads(config, "2");
    HomeRouteSolverConfig.localSearch(config)
        .withMoveSelectorConfig(
            new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(TwoOptMoveIteratorFactory.class))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
        .setTerminationConfig(new TerminationConfig().withStepCountLimit(100));
    // A plan dealt out by window leaves 2-opt much to mend; a constructed one is soon a 2-opt
    // optimum that late acceptance never leaves, and the solve would run out its time. Late
    // acceptance, not production's annealing: it takes a step on nearly every move, where annealing
    // turns most 2-opt moves of this plan down and the 100 steps would outlast the minute.
    HomeRoutePlan problem = roughlyPlannedDay(9, 4, 40);

    HomeRoutePlan solved = SolverFactory.<HomeRoutePlan>create(config).buildSolver().solve(problem);

    assertThat(solved.getScore().isSolutionInitialized()).isTrue();
  }

  @Test
  void aFullAssertSolveOfTheThreadedConfigurationKeepsTheScoreUncorrupted() {
    SolverConfig config =
        HomeRouteSolverConfig.create(Duration.ofMinutes(1), null, 30)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    HomeRouteSolverConfig.setMoveThreads(config, "2");
    HomeRouteSolverConfig.localSearch(config)
        .setTerminationConfig(new TerminationConfig().withStepCountLimit(150));

    HomeRoutePlan problem = SampleRouteDay.generate(9, 3, 30);

    HomeRoutePlan solved = SolverFactory.<HomeRoutePlan>create(config).buildSolver().solve(problem);

    assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRoute()).isNotNull());
  }

  private static List<Object> moveSelectors(SolverConfig config) {
    return new ArrayList<>(
        ((UnionMoveSelectorConfig)
                HomeRouteSolverConfig.localSearch(config).getMoveSelectorConfig())
            .getMoveSelectorList());
  }

  private static Iterator<Move<HomeRoutePlan>> moves(
      InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector, long seed) {
    TwoOptMoveIteratorFactory factory = new TwoOptMoveIteratorFactory();
    factory.phaseStarted(scoreDirector);
    return factory.createRandomMoveIterator(scoreDirector, new Random(seed));
  }

  private static HomeVisit visit(String id, org.careroute.planning.travel.Place place) {
    return Routes.visit(id, place, Routes.EIGHT, Routes.EIGHT + 4 * Routes.HOUR, 1800);
  }
}
