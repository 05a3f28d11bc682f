package org.careroute.domain.model.practice;

public interface PlanningGoalsRepository {

  /** The practice's goals: the stored ones, or the defaults when none were ever changed. */
  PlanningGoals current();

  /** The practice's goals to change, stored from now on. */
  PlanningGoals forChange();
}
