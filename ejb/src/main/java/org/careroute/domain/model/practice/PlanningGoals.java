package org.careroute.domain.model.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the practice's planner weighs among its soft goals, in seconds of driving: the root of the
 * PlanningGoals aggregate, one per practice. Dispatchers change it while the practice runs; the
 * next optimisation and the next availability search use it.
 */
@Entity
@Table(name = "planning_goals")
public class PlanningGoals {

  /** The practice's only row. */
  public static final long PRACTICE = 1;

  @Id private Long id = PRACTICE;

  @Column(name = "travel_per_second", nullable = false)
  private long travelPerSecond = 1;

  /** Waiting at a door costs nothing unless the practice counts idle time. */
  @Column(name = "waiting_per_second", nullable = false)
  private long waitingPerSecond;

  /** A second past a shift's end costs three seconds of driving. */
  @Column(name = "overtime_per_second", nullable = false)
  private long overtimePerSecond = 3;

  /** Another nurse than last time is worth ten minutes of driving to avoid. */
  @Column(name = "route_continuity", nullable = false)
  private long routeContinuity = 600;

  @Column(name = "route_balance", nullable = false)
  private long routeBalance;

  @Column(name = "on_time_per_second", nullable = false)
  private long onTimePerSecond = 1;

  @Column(name = "clinic_continuity", nullable = false)
  private long clinicContinuity = 600;

  @Column(name = "clinic_balance", nullable = false)
  private long clinicBalance = 1;

  /**
   * A second in which a colleague watches a patient through the nurse's break weighs a second off
   * the promise.
   */
  @Column(name = "hand_over_per_second", nullable = false)
  private long handOverPerSecond = 1;

  @Version private long version;

  /** The defaults, until a dispatcher changes them. */
  public PlanningGoals() {}

  public void change(
      long travelPerSecond,
      long waitingPerSecond,
      long overtimePerSecond,
      long routeContinuity,
      long routeBalance,
      long onTimePerSecond,
      long clinicContinuity,
      long clinicBalance,
      long handOverPerSecond) {
    this.travelPerSecond = travelPerSecond;
    this.waitingPerSecond = waitingPerSecond;
    this.overtimePerSecond = overtimePerSecond;
    this.routeContinuity = routeContinuity;
    this.routeBalance = routeBalance;
    this.onTimePerSecond = onTimePerSecond;
    this.clinicContinuity = clinicContinuity;
    this.clinicBalance = clinicBalance;
    this.handOverPerSecond = handOverPerSecond;
  }

  public long travelPerSecond() {
    return travelPerSecond;
  }

  public long waitingPerSecond() {
    return waitingPerSecond;
  }

  public long overtimePerSecond() {
    return overtimePerSecond;
  }

  public long routeContinuity() {
    return routeContinuity;
  }

  public long routeBalance() {
    return routeBalance;
  }

  public long onTimePerSecond() {
    return onTimePerSecond;
  }

  public long clinicContinuity() {
    return clinicContinuity;
  }

  public long clinicBalance() {
    return clinicBalance;
  }

  public long handOverPerSecond() {
    return handOverPerSecond;
  }

  public long version() {
    return version;
  }
}
