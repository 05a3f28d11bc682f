package org.careroute.application.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.careroute.domain.model.practice.PlanningGoals;

/**
 * What the planner weighs, in seconds of driving: per second of driving, waiting, overtime, of a
 * clinic start off its promise and of a patient handed over through a nurse's break; per visit or
 * session with another nurse than last time; per unit of workload imbalance. 0 switches a goal off.
 */
public record PlanningGoalsView(
    @NotNull(message = "Give travelPerSecond.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long travelPerSecond,
    @NotNull(message = "Give waitingPerSecond.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long waitingPerSecond,
    @NotNull(message = "Give overtimePerSecond.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long overtimePerSecond,
    @NotNull(message = "Give routeContinuity.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long routeContinuity,
    @NotNull(message = "Give routeBalance.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long routeBalance,
    @NotNull(message = "Give onTimePerSecond.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long onTimePerSecond,
    @NotNull(message = "Give clinicContinuity.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long clinicContinuity,
    @NotNull(message = "Give clinicBalance.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long clinicBalance,
    @NotNull(message = "Give handOverPerSecond.")
        @Min(value = 0, message = "A weight is not negative.")
        @Max(value = MAX, message = "A weight is at most 1000000.")
        Long handOverPerSecond) {

  public static final long MAX = 1_000_000;

  public static PlanningGoalsView of(PlanningGoals g) {
    return new PlanningGoalsView(
        g.travelPerSecond(),
        g.waitingPerSecond(),
        g.overtimePerSecond(),
        g.routeContinuity(),
        g.routeBalance(),
        g.onTimePerSecond(),
        g.clinicContinuity(),
        g.clinicBalance(),
        g.handOverPerSecond());
  }
}
