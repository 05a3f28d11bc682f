package org.careroute.domain.model.practice;

/** How a plan's optimisation stands in the cluster. */
public enum PlanJobStatus {
  /** Asked for; waiting for a node with room to take it. */
  QUEUED,
  /** A node holds it under a lease and solves it. */
  SOLVING,
  /** Solving ended; the best plan waits to be published. */
  DONE,
  /** The solver failed; the best plan it had is kept. */
  FAILED,
  /** Written to the appointments. */
  PUBLISHED,
  /** Set aside: the day changed in a way the plan cannot be published over. */
  STALE;

  /** Whether a node is (or is about to be) working on it. */
  public boolean isPending() {
    return this == QUEUED || this == SOLVING;
  }

  /** Whether its best plan still stands for the day (nothing published or set aside). */
  public boolean hasPlan() {
    return this == SOLVING || this == DONE || this == FAILED;
  }
}
