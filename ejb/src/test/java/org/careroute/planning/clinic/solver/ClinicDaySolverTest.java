package org.careroute.planning.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careroute.planning.clinic.SampleClinicDay;
import org.careroute.planning.clinic.check.ClinicPlanChecker;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
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
