package org.careroute.planning.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.Sessions;
import org.careroute.planning.clinic.SampleClinicDay;
import org.careroute.planning.clinic.check.ClinicPlanChecker;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

class ClinicDaySolverTest {

  @Test
  void solvesASampleClinicDayToFeasibleWithEverySessionPlaced() {
    solveToFeasibleWithEverySessionPlaced(SampleClinicDay.generate(11, 10, 6, 24));
  }

  private static ClinicDayPlan solveToFeasibleWithEverySessionPlaced(ClinicDayPlan problem) {
    ClinicDayPlan solved = SolverFactory.<ClinicDayPlan>create(
            ClinicDaySolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(4)))
        .buildSolver().solve(problem);
    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(solved.getScore().mediumScore()).as("every session has a chair and a nurse").isZero();
    assertThat(ClinicPlanChecker.hardViolations(solved)).isEmpty();
    return solved;
  }

  @Test
  void fiveHourSessionsAreWatchedThroughTheNursesBreaksByColleagues() {
    ClinicDayPlan problem = SampleClinicDay.generate(11, 10, 6, 16);
    List<ClinicSession> longOnes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ClinicSession infusion = new ClinicSession("long-" + i, Sessions.CLINIC, (9 + i) * 3600L, 5 * 3600L, false,
          EnumSet.of(Certification.IV_THERAPY));
      infusion.allowStartsWithin(900, 300);
      longOnes.add(infusion);
    }
    List<ClinicSession> sessions = new ArrayList<>(problem.getSessions());
    sessions.addAll(longOnes);
    ClinicDayPlan solved = solveToFeasibleWithEverySessionPlaced(
        new ClinicDayPlan(problem.getName(), problem.getChairs(), problem.getShifts(), sessions));
    assertThat(solved.getSessions()).filteredOn(s -> s.getId().startsWith("long-"))
        .allSatisfy(s -> assertThat(s.effectiveCover()).as(s.getId() + " outlasts any half of a shift").isNotNull());
  }

  @Test
  void aSessionUnderWayWithoutItsCoverGetsOneAndKeepsTheRest() {
    ClinicShift cara = Sessions.withNoonBreak(3);
    ClinicShift ben = Sessions.shift(2);
    ClinicSession underWay = Sessions.lasting("iv", 10 * 3600L, 5 * 3600L, Sessions.chair(2), cara);
    underWay.allowStartsWithin(900, 300);
    ClinicDayPlan problem = new ClinicDayPlan("held", List.of(Sessions.chair(1), Sessions.chair(2)), List.of(cara, ben),
        List.of(underWay));
    underWay.setStart(10 * 3600L);
    underWay.setChair(problem.getChairs().get(1));
    underWay.setShift(cara);
    underWay.holdAllButCover();

    ClinicSession after = solveToFeasibleWithEverySessionPlaced(problem).getSessions().get(0);
    assertThat(after.getStart()).isEqualTo(10 * 3600L);
    assertThat(after.getChair()).isEqualTo(Sessions.chair(2));
    assertThat(after.getShift()).as("a nurse with no break would take it whole, were it free").isEqualTo(cara);
    assertThat(after.effectiveCover()).isEqualTo(ben);
  }

  @Test
  void aPinnedSessionKeepsItsStartChairAndNurse() {
    ClinicDayPlan problem = SampleClinicDay.generate(11, 10, 6, 24);
    ClinicSession pinned = problem.getSessions().get(0);
    long offPromise = pinned.getStartOptions().get(pinned.getStartOptions().size() - 1);
    pinned.setStart(offPromise);
    pinned.setChair(problem.getChairs().get(9));
    pinned.setShift(problem.getShifts().stream()
        .filter(s -> s.start() <= offPromise && offPromise + pinned.getOccupancySeconds() <= s.breakStart())
        .findFirst().orElse(problem.getShifts().get(0)));
    pinned.setPinned(true);
    PlanChair chair = pinned.getChair();
    ClinicShift shift = pinned.getShift();

    ClinicDayPlan solved = SolverFactory.<ClinicDayPlan>create(
            ClinicDaySolverConfig.create(Duration.ofSeconds(10), Duration.ofSeconds(2)))
        .buildSolver().solve(problem);
    ClinicSession after = solved.getSessions().stream().filter(s -> s.getId().equals(pinned.getId())).findFirst()
        .orElseThrow();
    assertThat(after.getStart()).as("a free session would move back to its promise").isEqualTo(offPromise);
    assertThat(after.getChair()).isEqualTo(chair);
    assertThat(after.getShift()).isEqualTo(shift);
  }

  @Test
  void theCheckerFindsABreakNobodyCoversAndAnOverloadedCover() {
    ClinicShift cara = Sessions.withNoonBreak(3);
    ClinicShift ben = Sessions.shift(2);
    ClinicSession infusion = Sessions.lasting("iv", 10 * 3600L, 5 * 3600L, Sessions.chair(1), cara);
    infusion.allowStartsWithin(0, 300);
    List<ClinicSession> bens = new ArrayList<>();
    for (int c = 2; c <= 4; c++) {
      ClinicSession session = Sessions.lasting("ben-" + c, 11 * 3600L, 2 * 3600L, Sessions.chair(c), ben);
      session.allowStartsWithin(0, 300);
      bens.add(session);
    }
    List<ClinicSession> sessions = new ArrayList<>(bens);
    sessions.add(infusion);
    ClinicDayPlan plan = new ClinicDayPlan("covers", List.of(Sessions.chair(1), Sessions.chair(2), Sessions.chair(3),
        Sessions.chair(4)), List.of(cara, ben), sessions);
    assertThat(ClinicPlanChecker.hardViolations(plan)).anyMatch(v -> v.contains("nobody watching"));
    infusion.setCover(ben);
    assertThat(ClinicPlanChecker.hardViolations(plan)).anyMatch(v -> v.contains("watches 4 patients"));
    infusion.setCover(Sessions.shift(5));
    assertThat(ClinicPlanChecker.hardViolations(plan)).isEmpty();
  }

  @Test
  void theCheckerFindsSharedChairsAndOverloadedNurses() {
    ClinicDayPlan plan = SampleClinicDay.generate(11, 8, 5, 12);
    plan.getSessions().forEach(s -> {
      s.setStart(s.getPromisedStart());
      s.setChair(plan.getChairs().get(0));
      s.setShift(plan.getShifts().get(0));
    });
    plan.getSessions().get(0).setStart(plan.getSessions().get(1).getPromisedStart());
    plan.getSessions().get(0).setChair(plan.getChairs().get(1));
    assertThat(ClinicPlanChecker.hardViolations(plan)).isNotEmpty();
  }
}
