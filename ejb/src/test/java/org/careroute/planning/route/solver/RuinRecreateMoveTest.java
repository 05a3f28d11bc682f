package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.route.solver.PlanSnapshots.arrivals;
import static org.careroute.planning.route.solver.PlanSnapshots.doAndUndoEach;
import static org.careroute.planning.route.solver.PlanSnapshots.everyVisitHeld;
import static org.careroute.planning.route.solver.PlanSnapshots.ids;
import static org.careroute.planning.route.solver.PlanSnapshots.lists;
import static org.careroute.planning.route.solver.PlanSnapshots.roughlyPlannedDay;
import static org.careroute.planning.route.solver.PlanSnapshots.scoreDirector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

class RuinRecreateMoveTest {

  @Test
  void aMoveBetweenTwoRoutesAndItsUndoRestoreListsArrivalsAndScore() {
    NurseRoute first = Routes.route("first");
    NurseRoute second = Routes.route("second");
    HomeVisit a = Routes.visit("a", Routes.A, Routes.EIGHT, Routes.EIGHT + 2 * Routes.HOUR, 1800);
    HomeVisit b = Routes.visit("b", Routes.B, Routes.EIGHT, Routes.EIGHT + 4 * Routes.HOUR, 1800);
    Routes.assign(first, a, b);
    Routes.assign(second);
    NurseRoute unstaffed = NurseRoute.unstaffed(Routes.HOME);
    HomeRoutePlan plan =
        new HomeRoutePlan("two routes", List.of(first, second, unstaffed), List.of(a, b));
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    HardMediumSoftLongScore before = scoreDirector.calculateScore();

    RuinRecreateMove move =
        new RuinRecreateMove("test", List.of(first, second), List.of(List.of(a), List.of(b)));
    assertThat(move.isMoveDoable(scoreDirector)).isTrue();
    Move<HomeRoutePlan> undo = move.doMove(scoreDirector);

    assertThat(first.getVisits()).containsExactly(a);
    assertThat(second.getVisits()).containsExactly(b);
    assertThat(b.getRoute()).isSameAs(second);
    assertThat(b.getPrevious()).isNull();
    assertThat(a.getNext()).isNull();
    assertThat(b.getArrival()).isEqualTo(Routes.EIGHT + 900);
    scoreDirector.assertWorkingScoreFromScratch(scoreDirector.calculateScore(), move);

    undo.doMove(scoreDirector);
    assertThat(first.getVisits()).containsExactly(a, b);
    assertThat(second.getVisits()).isEmpty();
    assertThat(b.getRoute()).isSameAs(first);
    assertThat(b.getArrival()).isEqualTo(Routes.EIGHT + 600 + 1800 + 300);
    assertThat(scoreDirector.calculateScore()).isEqualTo(before);
  }

  @Test
  void aMoveThatGivesEachRouteItsOwnListIsNotDoable() {
    NurseRoute route = Routes.route("only");
    HomeVisit a = Routes.visit("a", Routes.A, Routes.EIGHT, Routes.EIGHT + Routes.HOUR, 1800);
    Routes.assign(route, a);
    HomeRoutePlan plan =
        new HomeRoutePlan(
            "one route", List.of(route, NurseRoute.unstaffed(Routes.HOME)), List.of(a));

    RuinRecreateMove move = new RuinRecreateMove("test", List.of(route), List.of(List.of(a)));

    assertThat(move.isMoveDoable(scoreDirector(plan))).isFalse();
  }

  @Test
  void everyDrawnMoveScoresAsFromScratchAndItsUndoRestoresTheExactSolutionAndScore() {
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector =
        scoreDirector(roughlyPlannedDay(11, 4, 30));

    doAndUndoEach(scoreDirector, moves(scoreDirector, 3), 300);
  }

  @Test
  void drawnMovesAlwaysChangeSomethingAndRebasedOntoAClonePlaceTheSameVisits() {
    HomeRoutePlan plan = roughlyPlannedDay(5, 5, 28);
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();
    HomeRoutePlan clone = scoreDirector.cloneWorkingSolution();
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> cloneDirector = scoreDirector(clone);
    cloneDirector.calculateScore();
    Iterator<RuinRecreateMove> moves = moves(scoreDirector, 7);

    for (int i = 0; i < 200; i++) {
      RuinRecreateMove move = moves.next();
      assertThat(move.isMoveDoable(scoreDirector)).as(move.toString()).isTrue();
      RuinRecreateMove rebased = move.rebase(cloneDirector);

      assertThat(rebased.routes()).allSatisfy(r -> assertThat(clone.getRoutes()).contains(r));
      for (NurseRoute route : move.routes()) {
        NurseRoute cloned = cloneDirector.lookUpWorkingObject(route);
        List<HomeVisit> rebasedVisits = rebased.newVisitsOf(cloned);
        assertThat(ids(rebasedVisits)).isEqualTo(ids(move.newVisitsOf(route)));
        assertThat(rebasedVisits).allSatisfy(v -> assertThat(clone.getVisits()).contains(v));
      }
      if (i % 20 == 0) {
        move.doMove(scoreDirector);
        rebased.doMove(cloneDirector);
        assertThat(lists(clone)).isEqualTo(lists(plan));
        assertThat(arrivals(clone)).isEqualTo(arrivals(plan));
        assertThat(cloneDirector.calculateScore()).isEqualTo(scoreDirector.calculateScore());
        moves = moves(scoreDirector, i);
      }
    }
  }

  @Test
  void visitsPinnedByTheDispatcherStayOnTheirRoute() {
    HomeRoutePlan plan = roughlyPlannedDay(3, 4, 30);
    List<HomeVisit> pinned = new ArrayList<>();
    for (NurseRoute route : plan.getRoutes()) {
      if (route.isStaffed() && !route.getVisits().isEmpty()) {
        HomeVisit visit = route.getVisits().get(0);
        visit.pinTo(route.getNurseId(), visit.serviceStart());
        pinned.add(visit);
      }
    }
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();
    Iterator<RuinRecreateMove> moves = moves(scoreDirector, 11);

    for (int i = 0; i < 300; i++) {
      RuinRecreateMove move = moves.next();
      for (HomeVisit visit : pinned) {
        List<HomeVisit> after = move.newVisitsOf(visit.getRoute());
        assertThat(after == null || after.contains(visit)).as(move.toString()).isTrue();
      }
    }
  }

  @Test
  void noMoveIsDrawnWhenEveryVisitIsPinned() {
    assertThat(moves(everyVisitHeld(), 1).hasNext()).isFalse();
  }

  @Test
  void aShortSolveWithOnlyRuinAndRecreateInFullAssertKeepsTheScoreUncorrupted() {
    solveWithOnlyRuinAndRecreateInFullAssert(null);
  }

  @Test
  void movesRebasedOntoTwoMoveThreadsKeepTheScoreUncorrupted() {
    solveWithOnlyRuinAndRecreateInFullAssert("2");
  }

  private static void solveWithOnlyRuinAndRecreateInFullAssert(String moveThreads) {
    SolverConfig config =
        HomeRouteSolverConfig.create(Duration.ofMinutes(5), null, 30)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withMoveThreadCount(moveThreads);
    HomeRouteSolverConfig.localSearch(config)
        .withMoveSelectorConfig(
            new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class))
        .setTerminationConfig(new TerminationConfig().withStepCountLimit(150));
    HomeRoutePlan problem = SampleRouteDay.generate(9, 3, 30);

    HomeRoutePlan solved = SolverFactory.<HomeRoutePlan>create(config).buildSolver().solve(problem);

    assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRoute()).isNotNull());
  }

  private static Iterator<RuinRecreateMove> moves(
      InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector, long seed) {
    RuinRecreateMoveIteratorFactory factory = new RuinRecreateMoveIteratorFactory();
    factory.phaseStarted(scoreDirector);
    return factory.createRandomMoveIterator(scoreDirector, new Random(seed));
  }
}
