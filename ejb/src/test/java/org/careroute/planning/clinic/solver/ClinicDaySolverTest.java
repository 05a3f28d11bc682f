package org.careroute.planning.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    ClinicDayPlan problem = SampleClinicDay.generate(11, 10, 6, 24);
    ClinicDayPlan solved = SolverFactory.<ClinicDayPlan>create(
            ClinicDaySolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(4)))
        .buildSolver().solve(problem);

    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(solved.getScore().mediumScore()).as("every session has a chair and a nurse").isZero();
    assertThat(ClinicPlanChecker.hardViolations(solved)).isEmpty();
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
