package org.careroute.infrastructure.planning;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeRoutePlan;

/**
 * One of a day's two problems, solved side by side: how to take it out of a day and put a solution
 * of it back.
 *
 * @param <S> the planning solution
 */
record DayPart<S>(
    String name,
    Function<DayProblem, S> of,
    BiFunction<DayProblem, S, DayProblem> with,
    BiFunction<DayProblem, DayProblem, DayProblem> restartedFrom) {

  static final DayPart<HomeRoutePlan> ROUTES =
      new DayPart<>("routes", DayProblem::routes, DayProblem::withRoutes, DayProblem::withRoutesOf);
  static final DayPart<ClinicDayPlan> SESSIONS =
      new DayPart<>(
          "sessions", DayProblem::sessions, DayProblem::withSessions, DayProblem::withSessionsOf);
}
