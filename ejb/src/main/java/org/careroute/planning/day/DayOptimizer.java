package org.careroute.planning.day;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * Scores, explains and solves days: the port between the dispatch use cases and the solver runtime.
 * At most one solve runs per day; a solve keeps its best plan until it is forgotten.
 */
public interface DayOptimizer {

  /**
   * Fills in the problem's derived times (arrivals) and scores, as the solver would see it; returns
   * it.
   */
  DayProblem score(DayProblem problem);

  /**
   * Keeps {@code problem} (which it then owns) as a working plan that judges candidates by
   * inserting and undoing them, as OptaPlanner's recommendation API does in later versions.
   */
  WorkingDay keep(DayProblem problem);

  /**
   * What each rule costs the day (rules that cost nothing left out), routes first, at most {@code
   * perRule} reasons each.
   */
  List<RuleTotal> explain(DayProblem day, int perRule);

  /**
   * Starts both solves of {@code problem}, which the solvers then own; {@code shown} is an equal,
   * scored copy that stands as the best plan until the first improvement. {@code onBest} hears each
   * improvement of either solve (with the other's latest), the end of each, and a failure. A solve
   * of the same day still running is stopped first.
   */
  DaySolve start(DayProblem problem, DayProblem shown, Consumer<DaySolve> onBest);

  /**
   * Solves the routes of a running day again from {@code rebuilt}'s (its visits changed), which the
   * solver then owns; {@code shown}'s routes stand until the first improvement. What the stopped
   * route solve still reports is not heard.
   */
  void replanRoutes(PlanKey key, DayProblem rebuilt, DayProblem shown);

  /**
   * Solves routes and sessions of a running day again from {@code rebuilt} (its staff changed),
   * likewise.
   */
  void replanDay(PlanKey key, DayProblem rebuilt, DayProblem shown);

  /**
   * Hands a change of the clinic sessions to the day's running solve, which applies it between
   * steps.
   */
  void changeSessions(PlanKey key, ProblemChange<ClinicDayPlan> change);

  /** The solves of a clinic's days that are still running. */
  List<DaySolve> solvingAt(long clinicId);

  Optional<DaySolve> solve(PlanKey key);

  /** Stops the day's solve; its best plan stays. */
  void stop(PlanKey key);

  /** Stops the day's solve and drops its best plan. */
  void forget(PlanKey key);
}
