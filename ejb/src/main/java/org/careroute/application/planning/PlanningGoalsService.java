package org.careroute.application.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;

/** The practice's soft goals for the planner, changeable while it runs; changes are audited. */
public interface PlanningGoalsService {

  PlanningGoalsView current();

  PlanningGoalsView change(
      @NotNull Caller caller,
      @NotNull(message = "Send the weights as a JSON body.") @Valid PlanningGoalsView goals);
}
