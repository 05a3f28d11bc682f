package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** Plans for move tests, their score directors, and what a move must leave as it found it. */
final class PlanSnapshots {

  private static final SolverConfig CONFIG =
      HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 24);

  private PlanSnapshots() {}

  /** A day with its visits dealt out by window, some left unassigned: broken rules to mend. */
  static HomeRoutePlan roughlyPlannedDay(long seed, int nurses, int visits) {
    HomeRoutePlan plan = SampleRouteDay.generate(seed, nurses, visits);
    List<HomeVisit> byWindow = new ArrayList<>(plan.getVisits());
    byWindow.sort(Comparator.comparingLong(HomeVisit::getWindowStart));
    List<NurseRoute> routes = plan.getRoutes();
    for (int i = 0; i < byWindow.size(); i++) {
      routes.get(i % routes.size()).getVisits().add(byWindow.get(i));
    }
    routes.forEach(NurseRoute::linkVisits);
    return plan;
  }

  /** A roughly planned day with every visit held where it is, scored: no move may touch it. */
  static InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> everyVisitHeld() {
    HomeRoutePlan plan = roughlyPlannedDay(3, 3, 12);
    for (NurseRoute route : plan.getRoutes()) {
      route.getVisits().forEach(v -> v.pinTo(route.isStaffed() ? route.getNurseId() : -1, 0));
    }
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();
    return scoreDirector;
  }

  static InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector(
      HomeRoutePlan plan) {
    DefaultSolverFactory<HomeRoutePlan> factory =
        (DefaultSolverFactory<HomeRoutePlan>) SolverFactory.<HomeRoutePlan>create(CONFIG);
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector =
        factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(true, false);
    scoreDirector.setWorkingSolution(plan);
    return scoreDirector;
  }

  /**
   * Does and undoes each of {@code count} drawn moves: each must be doable, change a list, leave
   * the shadow variables and the score as a from-scratch calculation finds them, and its undo must
   * restore the lists, the shadows and the score exactly.
   *
   * @return the moves done, for checks of what was drawn
   */
  static List<Move<HomeRoutePlan>> doAndUndoEach(
      InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector,
      Iterator<? extends Move<HomeRoutePlan>> moves,
      int count) {
    HomeRoutePlan plan = scoreDirector.getWorkingSolution();
    HardMediumSoftLongScore original = scoreDirector.calculateScore();
    Map<String, List<String>> lists = lists(plan);
    Map<String, List<Object>> shadows = shadows(plan);
    List<Move<HomeRoutePlan>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Move<HomeRoutePlan> move = moves.next();
      assertThat(move.isMoveDoable(scoreDirector)).as(move.toString()).isTrue();
      Move<HomeRoutePlan> undo = move.doMove(scoreDirector);
      assertThat(lists(plan)).as(move.toString()).isNotEqualTo(lists);
      assertThat(shadows(plan)).as(move.toString()).isEqualTo(shadowsFromScratch(scoreDirector));
      scoreDirector.assertWorkingScoreFromScratch(scoreDirector.calculateScore(), move);
      undo.doMove(scoreDirector);

      assertThat(lists(plan)).as(move.toString()).isEqualTo(lists);
      assertThat(shadows(plan)).as(move.toString()).isEqualTo(shadows);
      assertThat(scoreDirector.calculateScore()).isEqualTo(original);
      done.add(move);
    }
    return done;
  }

  /** Each route's visit ids, in order. */
  static Map<String, List<String>> lists(HomeRoutePlan plan) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    plan.getRoutes().forEach(r -> lists.put(r.getId(), ids(r.getVisits())));
    return lists;
  }

  static Map<String, Long> arrivals(HomeRoutePlan plan) {
    Map<String, Long> arrivals = new LinkedHashMap<>();
    plan.getVisits().forEach(v -> arrivals.put(v.getId(), v.getArrival()));
    return arrivals;
  }

  /** Each visit's route, previous and next visit and arrival, as ids and seconds. */
  static Map<String, List<Object>> shadows(HomeRoutePlan plan) {
    Map<String, List<Object>> shadows = new LinkedHashMap<>();
    for (HomeVisit visit : plan.getVisits()) {
      List<Object> of = new ArrayList<>();
      of.add(visit.getRoute() == null ? null : visit.getRoute().getId());
      of.add(visit.getPrevious() == null ? null : visit.getPrevious().getId());
      of.add(visit.getNext() == null ? null : visit.getNext().getId());
      of.add(visit.getArrival());
      shadows.put(visit.getId(), of);
    }
    return shadows;
  }

  /**
   * The shadow variables worked out from scratch from the lists of the score director's plan, on a
   * clone, so that the plan itself keeps what the listeners made of it.
   */
  static Map<String, List<Object>> shadowsFromScratch(
      InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector) {
    HomeRoutePlan clone = scoreDirector.cloneWorkingSolution();
    clone.getRoutes().forEach(NurseRoute::linkVisits);
    return shadows(clone);
  }

  static List<String> ids(List<HomeVisit> visits) {
    return visits.stream().map(HomeVisit::getId).toList();
  }
}
