package org.careroute.planning.route.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

class InsertionConstructionTest {

  @Test
  void everyVisitIsPlacedAndTheIncrementalScoreMatchesOneFromScratch() {
    HomeRoutePlan plan = SampleRouteDay.generate(4, 4, 30);
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();

    new InsertionConstruction().changeWorkingSolution(scoreDirector);

    HardMediumSoftLongScore score = scoreDirector.calculateScore();
    assertThat(score.isSolutionInitialized()).isTrue();
    scoreDirector.assertWorkingScoreFromScratch(score, "insertion construction");
    assertThat(plan.getVisits()).allSatisfy(visit -> assertThat(visit.getRoute()).isNotNull());
    assertThat(plan.getVisits())
        .filteredOn(HomeVisit::isServedByAStaffedRoute)
        .allSatisfy(visit -> assertThat(visit.lateSeconds()).isZero());
  }

  @Test
  void aVisitAlreadyOnARouteStaysThereInItsPlace() {
    HomeRoutePlan plan = SampleRouteDay.generate(6, 3, 20);
    NurseRoute first = plan.getRoutes().stream().filter(NurseRoute::isStaffed).findFirst().get();
    HomeVisit kept = plan.getVisits().get(0);
    first.getVisits().add(kept);
    first.linkVisits();
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector = scoreDirector(plan);
    scoreDirector.calculateScore();

    new InsertionConstruction().changeWorkingSolution(scoreDirector);

    assertThat(kept.getRoute()).isSameAs(first);
    assertThat(plan.getVisits()).allSatisfy(visit -> assertThat(visit.getRoute()).isNotNull());
  }

  @Test
  void aShortSolveStartingWithItInFullAssertKeepsTheScoreUncorrupted() {
    SolverConfig config =
        HomeRouteSolverConfig.create(Duration.ofMinutes(5), null, 30)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    HomeRouteSolverConfig.useInsertionConstruction(config);
    HomeRouteSolverConfig.localSearch(config)
        .setTerminationConfig(new TerminationConfig().withStepCountLimit(100));

    HomeRoutePlan solved =
        SolverFactory.<HomeRoutePlan>create(config)
            .buildSolver()
            .solve(SampleRouteDay.generate(9, 3, 30));

    assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRoute()).isNotNull());
  }

  private static InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector(
      HomeRoutePlan plan) {
    DefaultSolverFactory<HomeRoutePlan> factory =
        (DefaultSolverFactory<HomeRoutePlan>)
            SolverFactory.<HomeRoutePlan>create(
                HomeRouteSolverConfig.create(Duration.ofSeconds(1), null, 30));
    InnerScoreDirector<HomeRoutePlan, HardMediumSoftLongScore> scoreDirector =
        factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(true, false);
    scoreDirector.setWorkingSolution(plan);
    return scoreDirector;
  }
}
