package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

class HomeRouteSolverTest {

  @Test
  void solvesASampleDayToFeasibleWithEveryVisitAssigned() {
    HomeRoutePlan problem = SampleRouteDay.generate(7, 6, 24);
    HomeRoutePlan solved =
        SolverFactory.<HomeRoutePlan>create(
                HomeRouteSolverConfig.create(
                    Duration.ofSeconds(20), Duration.ofSeconds(4), problem.getVisits().size()))
            .buildSolver()
            .solve(problem);

    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(solved.getScore().mediumScore()).as("every visit has a nurse").isZero();
    assertThat(RoutePlanChecker.hardViolations(solved)).isEmpty();
    assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRoute().isStaffed()).isTrue());
    assertThat(solved.getVisits().stream().mapToLong(HomeVisit::getArrival).min().orElseThrow())
        .isGreaterThanOrEqualTo(8 * 3600);
  }

  /** Scores plans as the solver does: the tuned configuration with the app's constraints. */
  private static final SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> SCORING =
      SolutionManager.create(
          SolverFactory.create(HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 24)));

  /**
   * What each of the checker's messages says, as the name of the hard constraint that penalises the
   * same.
   */
  private static final Map<String, String> CHECKER_WORDING =
      Map.of(
          " after its window on ", HomeRouteConstraints.ARRIVAL_WINDOW,
          " lacks ", HomeRouteConstraints.CERTIFICATION,
          " kits but carries ", HomeRouteConstraints.KIT_CAPACITY,
          " s too late", HomeRouteConstraints.SHIFT_END,
          " is pinned to another nurse", HomeRouteConstraints.PINNED);

  @Test
  void theCheckerFindsWhatTheSolverWouldBePenalisedFor() {
    // Each hard rule broken alone, on the small routes of the constraint tests.
    NurseRoute late = Routes.route("late");
    // Leaves home 08:00, 10 minutes to A: starts 08:10, five minutes after the window closed.
    HomeVisit closesEarly =
        Routes.visit("closes-early", Routes.A, Routes.EIGHT, Routes.EIGHT + 300, Routes.HOUR);
    agreeOnOneBrokenRule(plan(late, closesEarly), HomeRouteConstraints.ARRIVAL_WINDOW);

    NurseRoute homeVisitOnly =
        Routes.route(
            "home-visit-only",
            EnumSet.of(Certification.HOME_VISIT),
            Routes.EIGHT,
            Routes.EIGHT + 8 * Routes.HOUR);
    HomeVisit infusion =
        Routes.visit(
            "infusion",
            Routes.A,
            Routes.EIGHT,
            Routes.EIGHT + Routes.HOUR,
            Routes.HOUR,
            EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY));
    agreeOnOneBrokenRule(plan(homeVisitOnly, infusion), HomeRouteConstraints.CERTIFICATION);

    // 08:00 + 10 min drive + 60 min visit + 10 min back = 09:20; the shift ends 09:00.
    NurseRoute shortShift =
        Routes.route(
            "short-shift",
            EnumSet.allOf(Certification.class),
            Routes.EIGHT,
            Routes.EIGHT + Routes.HOUR);
    HomeVisit hourLong =
        Routes.visit("hour-long", Routes.A, Routes.EIGHT, Routes.EIGHT + Routes.HOUR, Routes.HOUR);
    agreeOnOneBrokenRule(plan(shortShift, hourLong), HomeRouteConstraints.SHIFT_END);

    NurseRoute oneKit = Routes.route("one-kit");
    oneKit.setKitCapacity(1);
    HomeVisit atA =
        Routes.visit("at-a", Routes.A, Routes.EIGHT, Routes.EIGHT + 4 * Routes.HOUR, 600);
    HomeVisit atB =
        Routes.visit("at-b", Routes.B, Routes.EIGHT, Routes.EIGHT + 4 * Routes.HOUR, 600);
    agreeOnOneBrokenRule(plan(oneKit, atA, atB), HomeRouteConstraints.KIT_CAPACITY);

    // On time, with the right certification, home in time and kits enough: the other nurse's,
    // though.
    NurseRoute other = Routes.route("other");
    HomeVisit pinned =
        Routes.visit("pinned", Routes.A, Routes.EIGHT, Routes.EIGHT + Routes.HOUR, 600);
    pinned.pinTo(other.getNurseId() + 1, Routes.EIGHT + 600);
    agreeOnOneBrokenRule(plan(other, pinned), HomeRouteConstraints.PINNED);
    NurseRoute nobody = NurseRoute.unstaffed(Routes.HOME);
    Routes.assign(nobody, pinned);
    agreeOnOneBrokenRule(
        new HomeRoutePlan(
            "pinned-but-unassigned", List.of(Routes.route("idle"), nobody), List.of(pinned)),
        HomeRouteConstraints.PINNED);

    oneKit.setKitCapacity(2);
    HomeVisit onTime =
        Routes.visit("on-time", Routes.A, Routes.EIGHT, Routes.EIGHT + 600, Routes.HOUR);
    for (HomeRoutePlan fine :
        List.of(plan(oneKit, atA, atB), plan(Routes.route("on-time"), onTime))) {
      assertThat(SCORING.update(fine).hardScore()).isZero();
      assertThat(RoutePlanChecker.hardViolations(fine)).isEmpty();
    }

    // The sample day as the solver leaves it: feasible, and the checker finds nothing either.
    HomeRoutePlan problem = SampleRouteDay.generate(7, 6, 24);
    HomeRoutePlan solved =
        SolverFactory.<HomeRoutePlan>create(
                HomeRouteSolverConfig.create(
                    Duration.ofSeconds(10), Duration.ofSeconds(2), problem.getVisits().size()))
            .buildSolver()
            .solve(problem);
    assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    assertThat(RoutePlanChecker.hardViolations(solved)).isEmpty();
    assertThat(brokenHardRules(solved)).isEmpty();

    // One visit moved at a time, anywhere: whatever the move breaks, both see the same; what it
    // keeps, both pass.
    Random random = new Random(11);
    int feasible = 0;
    int infeasible = 0;
    for (int trial = 0; trial < 150; trial++) {
      NurseRoute from = nonEmptyRoute(solved, random);
      int at = random.nextInt(from.getVisits().size());
      HomeVisit moved = from.getVisits().remove(at);
      NurseRoute to = solved.getRoutes().get(random.nextInt(solved.getRoutes().size()));
      to.getVisits().add(random.nextInt(to.getVisits().size() + 1), moved);
      solved.getRoutes().forEach(NurseRoute::linkVisits);

      Set<String> penalised = brokenHardRules(solved);
      assertThat(checkedRules(solved))
          .as("moving %s from %s to %s", moved.getId(), from.getId(), to.getId())
          .isEqualTo(penalised);
      if (penalised.isEmpty()) {
        feasible++;
      } else {
        infeasible++;
      }
      to.getVisits().remove(moved);
      from.getVisits().add(at, moved);
    }
    assertThat(feasible).as("moves that keep the rules").isPositive();
    assertThat(infeasible).as("moves that break one").isPositive();

    // Everything on one nurse, in index order: late visits, too many kits, home far too late.
    HomeRoutePlan crowded = SampleRouteDay.generate(7, 1, 12);
    crowded.getRoutes().get(0).getVisits().addAll(crowded.getVisits());
    assertThat(checkedRules(crowded))
        .isEqualTo(brokenHardRules(crowded))
        .contains(
            HomeRouteConstraints.ARRIVAL_WINDOW,
            HomeRouteConstraints.KIT_CAPACITY,
            HomeRouteConstraints.SHIFT_END);
  }

  private static HomeRoutePlan plan(NurseRoute route, HomeVisit... visits) {
    Routes.assign(route, visits);
    return new HomeRoutePlan(
        route.getId(), List.of(route, NurseRoute.unstaffed(Routes.HOME)), List.of(visits));
  }

  private static void agreeOnOneBrokenRule(HomeRoutePlan plan, String rule) {
    assertThat(SCORING.update(plan).hardScore()).as(plan.getName()).isNegative();
    assertThat(brokenHardRules(plan)).as(plan.getName()).containsExactly(rule);
    assertThat(RoutePlanChecker.hardViolations(plan)).as(plan.getName()).isNotEmpty();
    assertThat(checkedRules(plan)).as(plan.getName()).containsExactly(rule);
  }

  /** The hard constraints the solver's score penalises in the plan. */
  private static Set<String> brokenHardRules(HomeRoutePlan plan) {
    plan.getRoutes().forEach(NurseRoute::linkVisits);
    ScoreExplanation<HomeRoutePlan, HardMediumSoftLongScore> explanation = SCORING.explain(plan);
    Set<String> broken =
        explanation.getConstraintMatchTotalMap().values().stream()
            .filter(total -> total.getScore().hardScore() < 0)
            .map(ConstraintMatchTotal::getConstraintName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(broken.isEmpty())
        .as(explanation.getSummary())
        .isEqualTo(explanation.getScore().hardScore() == 0);
    return broken;
  }

  /** The hard constraints the checker's violations name; every violation must name one. */
  private static Set<String> checkedRules(HomeRoutePlan plan) {
    Set<String> rules = new TreeSet<>();
    for (String violation : RoutePlanChecker.hardViolations(plan)) {
      List<String> named =
          CHECKER_WORDING.entrySet().stream()
              .filter(w -> violation.contains(w.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      assertThat(named).as(violation).hasSize(1);
      rules.addAll(named);
    }
    return rules;
  }

  private static NurseRoute nonEmptyRoute(HomeRoutePlan plan, Random random) {
    List<NurseRoute> withVisits =
        plan.getRoutes().stream().filter(r -> !r.getVisits().isEmpty()).toList();
    return withVisits.get(random.nextInt(withVisits.size()));
  }
}
