package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.route.Routes.A;
import static org.careroute.planning.route.Routes.B;
import static org.careroute.planning.route.Routes.EIGHT;
import static org.careroute.planning.route.Routes.HOME;
import static org.careroute.planning.route.Routes.HOUR;
import static org.careroute.planning.route.Routes.route;
import static org.careroute.planning.route.Routes.visit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Back-fill of the routes: waiting patients take what time the booked visits leave a nurse, never a
 * booked visit's place. One nurse; the booked visit is three hours at A, the waiting ones an hour
 * each at B.
 */
class HomeBackFillSolverTest {

  private static HomeVisit booked() {
    return visit("booked", A, EIGHT, EIGHT + HOUR, 3 * HOUR);
  }

  /** Waiting visits at B whose nurse may arrive from 08:00 until {@code latest}. */
  private static List<HomeVisit> waiting(int count, long latest) {
    List<HomeVisit> waiting = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      waiting.add(Routes.waiting("waiting-" + i, i, B, EIGHT, latest, HOUR));
    }
    return waiting;
  }

  /** Ann works {@code hours} from 08:00; every visit starts on no route. */
  private static HomeRoutePlan day(int hours, List<HomeVisit> waiting) {
    NurseRoute ann = route("ann", EnumSet.allOf(Certification.class), EIGHT, EIGHT + hours * HOUR);
    List<HomeVisit> visits = new ArrayList<>(List.of(booked()));
    visits.addAll(waiting);
    return new HomeRoutePlan("back-fill", List.of(ann, NurseRoute.unstaffed(HOME)), visits);
  }

  private static HomeRoutePlan solve(HomeRoutePlan problem) {
    HomeRoutePlan solved =
        SolverFactory.<HomeRoutePlan>create(
                HomeRouteSolverConfig.create(
                    Duration.ofSeconds(10), Duration.ofSeconds(2), problem.getVisits().size()))
            .buildSolver()
            .solve(problem);
    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(RoutePlanChecker.hardViolations(solved)).isEmpty();
    return solved;
  }

  private static HomeVisit byId(HomeRoutePlan plan, String id) {
    return plan.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBookedVisitKeepsItsNurseWhenTwoWaitingOnesFitOnlyWithoutIt() {
    // Four hours: the booked visit fills the morning; without it both waiting ones would fit.
    HomeRoutePlan solved = solve(day(4, waiting(2, EIGHT + 2 * HOUR)));
    assertThat(byId(solved, "booked").isServedByAStaffedRoute()).isTrue();
    assertThat(solved.getVisits())
        .filteredOn(HomeVisit::isWaiting)
        .hasSize(2)
        .noneMatch(HomeVisit::isServedByAStaffedRoute);
    assertThat(solved.getScore().mediumScore()).isZero();
  }

  @Test
  void aWaitingVisitIsServedWhereTheNurseHasTime() {
    // Eight hours: after the booked visit (08:10-11:10) there is time for one at B by 12:00.
    HomeRoutePlan solved = solve(day(8, waiting(1, EIGHT + 4 * HOUR)));
    assertThat(byId(solved, "booked").isServedByAStaffedRoute()).isTrue();
    HomeVisit waiting = byId(solved, "waiting-1");
    assertThat(waiting.isServedByAStaffedRoute()).isTrue();
    assertThat(waiting.serviceStart()).isBetween(EIGHT, EIGHT + 4 * HOUR);
    assertThat(solved.getScore().mediumScore()).as("one waiting patient served").isEqualTo(1);
  }

  @Test
  void oneBookedVisitLeftOutCostsMoreThanAllWaitingOnesServed() {
    HomeRoutePlan plan = day(4, waiting(2, EIGHT + 2 * HOUR));
    NurseRoute ann = plan.getRoutes().get(0);
    NurseRoute unstaffed = plan.getRoutes().get(1);
    Routes.assign(ann, byId(plan, "waiting-1"), byId(plan, "waiting-2"));
    Routes.assign(unstaffed, byId(plan, "booked"));
    HardMediumSoftLongScore score =
        SolutionManager.<HomeRoutePlan, HardMediumSoftLongScore>create(
                SolverFactory.<HomeRoutePlan>create(
                    HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 3)))
            .update(plan);
    assertThat(score.hardScore()).as("both waiting visits keep every hard rule").isZero();
    assertThat(RoutePlanChecker.hardViolations(plan)).isEmpty();
    assertThat(score.mediumScore()).as("(2 + 1) for the booked visit, 2 earned").isEqualTo(-1);
  }

  @Test
  void theCheckerJudgesAWaitingVisitByTheArrivalsThePatientCanTake() {
    HomeRoutePlan plan = day(8, waiting(1, EIGHT + 300));
    // B is 15 minutes from home: the nurse arrives ten minutes after the last arrival allowed.
    Routes.assign(plan.getRoutes().get(0), byId(plan, "waiting-1"));
    Routes.assign(plan.getRoutes().get(1), byId(plan, "booked"));
    assertThat(RoutePlanChecker.hardViolations(plan))
        .containsExactly("waiting-1 starts 600 s after its window on ann");
  }
}
