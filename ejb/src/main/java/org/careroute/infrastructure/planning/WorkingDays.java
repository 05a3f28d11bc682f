package org.careroute.infrastructure.planning;

import java.util.List;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.WorkingDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Keeps days as working plans, each with a score director of its own. OptaPlanner 10.2 has no
 * recommendation API ({@code SolutionManager} only updates and explains whole solutions), so a
 * candidate session is judged as the solver judges a move: told to the score director as an added
 * entity, scored incrementally by the constraint streams, and removed again. Home visits are judged
 * on their routes alone (a day's routes are small), the sessions' score standing as kept.
 */
public final class WorkingDays {

  private final InnerScoreDirectorFactory<ClinicDayPlan, HardMediumSoftLongScore> sessionScoring;
  private final SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> routeSolutions;

  public WorkingDays(SolverFactory<HomeRoutePlan> routes, SolverFactory<ClinicDayPlan> sessions) {
    // The solver's own score director factory: the internals a recommendation API would use.
    this.sessionScoring =
        ((DefaultSolverFactory<ClinicDayPlan>) sessions).getScoreDirectorFactory();
    this.routeSolutions = SolutionManager.create(routes);
  }

  public WorkingDay keep(DayProblem problem) {
    return new ScoredDay(problem);
  }

  /** A route plan's score; OptaPlanner refuses a list variable with nothing to place. */
  HardMediumSoftLongScore routeScore(HomeRoutePlan routes) {
    if (routes.getVisits().isEmpty()) {
      routes.setScore(HardMediumSoftLongScore.ZERO);
      return HardMediumSoftLongScore.ZERO;
    }
    return routeSolutions.update(routes);
  }

  private final class ScoredDay implements WorkingDay {

    private final InnerScoreDirector<ClinicDayPlan, HardMediumSoftLongScore> sessions;
    private final HardMediumSoftLongScore routesAsPlanned;
    private final HardMediumSoftLongScore sessionsAsPlanned;

    ScoredDay(DayProblem problem) {
      sessions = sessionScoring.buildScoreDirector(false, false);
      sessions.setWorkingSolution(problem.sessions());
      sessionsAsPlanned = sessions.calculateScore();
      routesAsPlanned = routeScore(problem.routes());
    }

    @Override
    public HardMediumSoftLongScore score() {
      return routesAsPlanned.add(sessionsAsPlanned);
    }

    @Override
    public HardMediumSoftLongScore scoreWith(ClinicSession candidate) {
      List<ClinicSession> planned = sessions.getWorkingSolution().getSessions();
      sessions.beforeEntityAdded(candidate);
      planned.add(candidate);
      sessions.afterEntityAdded(candidate);
      sessions.triggerVariableListeners();
      try {
        return routesAsPlanned.add(sessions.calculateScore());
      } finally {
        sessions.beforeEntityRemoved(candidate);
        planned.remove(planned.size() - 1);
        sessions.afterEntityRemoved(candidate);
        sessions.triggerVariableListeners();
        sessions.calculateScore();
      }
    }

    @Override
    public HardMediumSoftLongScore scoreWith(HomeRoutePlan routes) {
      return routeScore(routes).add(sessionsAsPlanned);
    }
  }
}
