package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

class HomeRouteSolverTest {

  @Test
  void solvesASampleDayToFeasibleWithEveryVisitAssigned() {
    HomeRoutePlan problem = SampleRouteDay.generate(7, 6, 24);
    HomeRoutePlan solved = SolverFactory.<HomeRoutePlan>create(
            HomeRouteSolverConfig.create(Duration.ofSeconds(20), Duration.ofSeconds(4), problem.getVisits().size()))
        .buildSolver().solve(problem);

    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(solved.getScore().mediumScore()).as("every visit has a nurse").isZero();
    assertThat(RoutePlanChecker.hardViolations(solved)).isEmpty();
    assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRoute().isStaffed()).isTrue());
    assertThat(solved.getVisits().stream().mapToLong(HomeVisit::getArrival).min().orElseThrow())
        .isGreaterThanOrEqualTo(8 * 3600);
  }

  @Test
  void theCheckerFindsWhatTheSolverWouldBePenalisedFor() {
    HomeRoutePlan problem = SampleRouteDay.generate(7, 1, 12);
    // Everything on one nurse, in index order: late visits, too many kits, home far too late.
    problem.getRoutes().get(0).getVisits().addAll(problem.getVisits());
    assertThat(RoutePlanChecker.hardViolations(problem))
        .anyMatch(v -> v.contains("after its window"))
        .anyMatch(v -> v.contains("kits"))
        .anyMatch(v -> v.contains("too late"));
  }
}
