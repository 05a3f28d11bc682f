package org.careroute.planning.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.SampleClinicDay;
import org.careroute.planning.clinic.Sessions;
import org.careroute.planning.clinic.check.ClinicPlanChecker;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

class ClinicDaySolverTest {

  @Test
  void solvesASampleClinicDayToFeasibleWithEverySessionPlaced() {
    solveToFeasibleWithEverySessionPlaced(SampleClinicDay.generate(11, 10, 6, 24));
  }

  private static ClinicDayPlan solveToFeasibleWithEverySessionPlaced(ClinicDayPlan problem) {
    ClinicDayPlan solved =
        SolverFactory.<ClinicDayPlan>create(
                ClinicDaySolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(4)))
            .buildSolver()
            .solve(problem);
    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(solved.getScore().mediumScore())
        .as("every session has a chair and a nurse")
        .isZero();
    assertThat(ClinicPlanChecker.hardViolations(solved)).isEmpty();
    return solved;
  }

  @Test
  void fiveHourSessionsAreWatchedThroughTheNursesBreaksByColleagues() {
    ClinicDayPlan problem = SampleClinicDay.generate(11, 10, 6, 16);
    List<ClinicSession> longOnes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ClinicSession infusion =
          new ClinicSession(
              "long-" + i,
              Sessions.CLINIC,
              (9 + i) * 3600L,
              5 * 3600L,
              false,
              EnumSet.of(Certification.IV_THERAPY));
      infusion.allowStartsWithin(900, 300);
      longOnes.add(infusion);
    }
    List<ClinicSession> sessions = new ArrayList<>(problem.getSessions());
    sessions.addAll(longOnes);
    ClinicDayPlan solved =
        solveToFeasibleWithEverySessionPlaced(
            new ClinicDayPlan(
                problem.getName(), problem.getChairs(), problem.getShifts(), sessions));
    assertThat(solved.getSessions())
        .filteredOn(s -> s.getId().startsWith("long-"))
        .allSatisfy(
            s ->
                assertThat(s.effectiveCover())
                    .as(s.getId() + " outlasts any half of a shift")
                    .isNotNull());
  }

  @Test
  void aSessionUnderWayWithoutItsCoverGetsOneAndKeepsTheRest() {
    ClinicShift cara = Sessions.withNoonBreak(3);
    ClinicShift ben = Sessions.shift(2);
    ClinicSession underWay = Sessions.lasting("iv", 10 * 3600L, 5 * 3600L, Sessions.chair(2), cara);
    underWay.allowStartsWithin(900, 300);
    ClinicDayPlan problem =
        new ClinicDayPlan(
            "held",
            List.of(Sessions.chair(1), Sessions.chair(2)),
            List.of(cara, ben),
            List.of(underWay));
    underWay.setStart(10 * 3600L);
    underWay.setChair(problem.getChairs().get(1));
    underWay.setShift(cara);
    underWay.holdAllButCover();

    ClinicSession after = solveToFeasibleWithEverySessionPlaced(problem).getSessions().get(0);
    assertThat(after.getStart()).isEqualTo(10 * 3600L);
    assertThat(after.getChair()).isEqualTo(Sessions.chair(2));
    assertThat(after.getShift())
        .as("a nurse with no break would take it whole, were it free")
        .isEqualTo(cara);
    assertThat(after.effectiveCover()).isEqualTo(ben);
  }

  @Test
  void aPinnedSessionKeepsItsStartChairAndNurse() {
    ClinicDayPlan problem = SampleClinicDay.generate(11, 10, 6, 24);
    ClinicSession pinned = problem.getSessions().get(0);
    long offPromise = pinned.getStartOptions().get(pinned.getStartOptions().size() - 1);
    pinned.setStart(offPromise);
    pinned.setChair(problem.getChairs().get(9));
    pinned.setShift(
        problem.getShifts().stream()
            .filter(
                s ->
                    s.start() <= offPromise
                        && offPromise + pinned.getOccupancySeconds() <= s.breakStart())
            .findFirst()
            .orElse(problem.getShifts().get(0)));
    pinned.setPinned(true);
    PlanChair chair = pinned.getChair();
    ClinicShift shift = pinned.getShift();

    ClinicDayPlan solved =
        SolverFactory.<ClinicDayPlan>create(
                ClinicDaySolverConfig.create(Duration.ofSeconds(10), Duration.ofSeconds(2)))
            .buildSolver()
            .solve(problem);
    ClinicSession after =
        solved.getSessions().stream()
            .filter(s -> s.getId().equals(pinned.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(after.getStart())
        .as("a free session would move back to its promise")
        .isEqualTo(offPromise);
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
      ClinicSession session =
          Sessions.lasting("ben-" + c, 11 * 3600L, 2 * 3600L, Sessions.chair(c), ben);
      session.allowStartsWithin(0, 300);
      bens.add(session);
    }
    List<ClinicSession> sessions = new ArrayList<>(bens);
    sessions.add(infusion);
    ClinicDayPlan plan =
        new ClinicDayPlan(
            "covers",
            List.of(Sessions.chair(1), Sessions.chair(2), Sessions.chair(3), Sessions.chair(4)),
            List.of(cara, ben),
            sessions);
    assertThat(ClinicPlanChecker.hardViolations(plan)).anyMatch(v -> v.contains("nobody watching"));
    infusion.setCover(ben);
    assertThat(ClinicPlanChecker.hardViolations(plan))
        .anyMatch(v -> v.contains("watches 4 patients"));
    infusion.setCover(Sessions.shift(5));
    assertThat(ClinicPlanChecker.hardViolations(plan)).isEmpty();
  }

  @Test
  void theCheckerFindsSharedChairsAndOverloadedNurses() {
    long hour = Sessions.HOUR;
    PlanChair one = Sessions.chair(1);
    PlanChair two = Sessions.chair(2);
    PlanChair three = Sessions.chair(3);
    PlanChair four = Sessions.chair(4);
    PlanChair five = Sessions.chair(5);
    ClinicShift ann = Sessions.shift(1);
    ClinicShift ben = Sessions.shift(2);
    ClinicShift cara = Sessions.shift(3);
    ClinicShift dee = Sessions.shift(4);
    // Ann's patient sits in Chair 1 from 09:00 to 10:00, Ben's from 09:30: two patients in one
    // chair until 10:00.
    ClinicSession first = Sessions.session("first", 9 * hour, one, ann);
    ClinicSession second = Sessions.session("second", 9 * hour + 1800, one, ben);
    // Cara watches four STANDARD patients from 13:00 to 14:00, one more than the ratio allows.
    List<ClinicSession> caras = new ArrayList<>();
    for (PlanChair chair : List.of(one, two, three, four)) {
      caras.add(Sessions.session("cara-" + chair.id(), 13 * hour, chair, cara));
    }
    // Dee's ENHANCED patient from 15:00 is not hers alone once another of hers starts at 15:30.
    ClinicSession enhanced = Sessions.enhanced("enhanced", 15 * hour, one, dee);
    ClinicSession beside = Sessions.session("beside", 15 * hour + 1800, two, dee);
    List<ClinicSession> sessions = new ArrayList<>(List.of(first, second, enhanced, beside));
    sessions.addAll(caras);
    ClinicDayPlan plan =
        new ClinicDayPlan(
            "crowded",
            List.of(one, two, three, four, five),
            List.of(ann, ben, cara, dee),
            sessions);

    List<String> sharedChair =
        everyMinute(9 * hour + 1800, 10 * hour, "Chair 1 holds 2 patients at %d");
    List<String> fourPatients =
        everyMinute(13 * hour, 14 * hour, "Nurse 3 watches 4 patients at %d");
    List<String> enhancedShared =
        everyMinute(
            15 * hour + 1800, 16 * hour, "Nurse 4 watches 2 patients at %d, one of them ENHANCED");
    assertThat(ClinicPlanChecker.hardViolations(plan))
        .containsExactlyInAnyOrderElementsOf(concat(sharedChair, fourPatients, enhancedShared));
    assertThat(hardScore(plan)).as("the solver's rules see them too").isNegative();

    // Each repair takes away its own violations and no others.
    second.setChair(five);
    assertThat(ClinicPlanChecker.hardViolations(plan))
        .containsExactlyInAnyOrderElementsOf(concat(fourPatients, enhancedShared));
    caras.get(3).setShift(ann);
    assertThat(ClinicPlanChecker.hardViolations(plan))
        .containsExactlyInAnyOrderElementsOf(enhancedShared);
    beside.setShift(ben);
    assertThat(ClinicPlanChecker.hardViolations(plan))
        .as(
            "one patient per chair at a time, three STANDARD for Cara, Dee alone with the ENHANCED one")
        .isEmpty();
    assertThat(hardScore(plan)).isZero();
  }

  /**
   * The message for each minute from {@code from} to {@code to}, the minute given in seconds from
   * midnight.
   */
  private static List<String> everyMinute(long from, long to, String format) {
    List<String> messages = new ArrayList<>();
    for (long moment = from; moment < to; moment += 60) {
      messages.add(format.formatted(moment));
    }
    return messages;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  private static long hardScore(ClinicDayPlan plan) {
    SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> scoring =
        SolutionManager.create(
            SolverFactory.create(ClinicDaySolverConfig.create(Duration.ofSeconds(1), null)));
    return scoring.update(plan).hardScore();
  }
}
