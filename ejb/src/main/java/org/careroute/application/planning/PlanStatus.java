package org.careroute.application.planning;

/** Whether the optimizer is working on a plan. */
public enum PlanStatus {
  /** Nobody asked to optimise it yet: the plan is what booking placed. */
  AS_BOOKED,
  SOLVING,
  /** The optimizer stopped; the best plan found waits to be published. */
  SOLVED,
  /** The optimizer failed; the plan shown is the best it had (the server log has the incident). */
  FAILED
}
