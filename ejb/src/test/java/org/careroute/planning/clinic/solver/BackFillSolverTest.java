package org.careroute.planning.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.clinic.Sessions.CLINIC;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.placed;
import static org.careroute.planning.clinic.Sessions.shift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.check.ClinicPlanChecker;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Back-fill: waiting patients fill what room the booked sessions leave, never a booked session's
 * place. One nurse and three chairs: the nurse watches one ENHANCED patient alone or three STANDARD
 * ones.
 */
class BackFillSolverTest {

  final ClinicShift ann = shift(1);
  final List<PlanChair> chairs = List.of(chair(1), chair(2), chair(3));

  private static ClinicSession booked(String id, boolean enhanced) {
    ClinicSession session =
        new ClinicSession(
            id, CLINIC, NINE, 2 * HOUR, enhanced, EnumSet.noneOf(Certification.class));
    session.allowStartsWithin(0, 300);
    return session;
  }

  private static List<ClinicSession> waiting(int count) {
    List<ClinicSession> waiting = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ClinicSession session =
          new ClinicSession(
              "waiting-" + i, CLINIC, NINE, 2 * HOUR, false, EnumSet.noneOf(Certification.class));
      session.waitFor(i, List.of(NINE));
      waiting.add(session);
    }
    return waiting;
  }

  private ClinicDayPlan day(ClinicSession booked, int waitingCount) {
    ClinicDayPlan plan =
        new ClinicDayPlan("back-fill", chairs, List.of(ann), new ArrayList<>(List.of(booked)));
    plan.addWaiting(waiting(waitingCount));
    return plan;
  }

  private static ClinicDayPlan solve(ClinicDayPlan problem) {
    ClinicDayPlan solved =
        SolverFactory.<ClinicDayPlan>create(
                ClinicDaySolverConfig.create(Duration.ofSeconds(10), Duration.ofSeconds(2)))
            .buildSolver()
            .solve(problem);
    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(ClinicPlanChecker.hardViolations(solved)).isEmpty();
    return solved;
  }

  private static ClinicSession byId(ClinicDayPlan plan, String id) {
    return plan.getSessions().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBookedSessionKeepsItsPlaceWhenThreeWaitingOnesFitOnlyWithoutIt() {
    ClinicDayPlan solved = solve(day(booked("enhanced", true), 3));
    ClinicSession booked = byId(solved, "enhanced");
    assertThat(booked.isPlaced()).isTrue();
    assertThat(booked.getStart()).isEqualTo(NINE);
    assertThat(solved.getSessions())
        .filteredOn(ClinicSession::isWaiting)
        .noneMatch(ClinicSession::isPlaced);
  }

  @Test
  void waitingSessionsArePlacedWhereTheDayHasRoom() {
    ClinicDayPlan solved = solve(day(booked("standard", false), 2));
    assertThat(byId(solved, "standard").isPlaced()).isTrue();
    assertThat(solved.getSessions())
        .filteredOn(ClinicSession::isWaiting)
        .hasSize(2)
        .allMatch(ClinicSession::isPlaced);
    assertThat(solved.getScore().mediumScore()).as("two waiting patients placed").isEqualTo(2);
  }

  @Test
  void oneBookedSessionLeftOutCostsMoreThanAllWaitingOnesPlaced() {
    ClinicDayPlan plan = day(booked("enhanced", true), 3);
    ClinicSession enhanced = byId(plan, "enhanced");
    placed(enhanced, NINE, null, null);
    plan.getSessions().stream()
        .filter(ClinicSession::isWaiting)
        .forEach(s -> placed(s, NINE, chairs.get(plan.getSessions().indexOf(s) - 1), ann));
    HardMediumSoftLongScore score =
        SolutionManager.<ClinicDayPlan, HardMediumSoftLongScore>create(
                SolverFactory.<ClinicDayPlan>create(
                    ClinicDaySolverConfig.create(Duration.ofSeconds(1), null)))
            .update(plan);
    assertThat(score.hardScore()).as("three STANDARD with Ann keep every hard rule").isZero();
    assertThat(score.mediumScore())
        .as("(3 + 1) for each of chair and nurse it lacks, 3 earned")
        .isEqualTo(-5);
  }
}
