package org.careroute.planning.route.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How much each soft goal weighs, changeable per solve (the unit of the soft score is one second of
 * driving: the defaults say what the practice trades for a second on the road), and what a booked
 * visit left without a nurse costs beside the waiting patients of the day.
 */
@ConstraintConfiguration(constraintPackage = "org.careroute.planning.route.solver")
public class RoutePlanWeights {

  public static final String TRAVEL_TIME = "Travel time";
  public static final String WAITING_TIME = "Waiting time";
  public static final String CONTINUITY = "Same nurse as last session";
  public static final String OVERTIME = "Overtime";
  public static final String WORKLOAD_BALANCE = "Balanced workload";
  public static final String UNASSIGNED = "Visit has a nurse";

  @ConstraintWeight(TRAVEL_TIME)
  private HardMediumSoftLongScore travelTime = HardMediumSoftLongScore.ofSoft(1);

  /** Waiting at a door costs nothing by default; a practice that counts idle time raises it. */
  @ConstraintWeight(WAITING_TIME)
  private HardMediumSoftLongScore waitingTime = HardMediumSoftLongScore.ofSoft(0);

  /** A different nurse than last time is worth ten minutes of driving to avoid. */
  @ConstraintWeight(CONTINUITY)
  private HardMediumSoftLongScore continuity = HardMediumSoftLongScore.ofSoft(600);

  /** A second past the shift's end costs three seconds of driving. */
  @ConstraintWeight(OVERTIME)
  private HardMediumSoftLongScore overtime = HardMediumSoftLongScore.ofSoft(3);

  /** Per squared minute of a nurse's working time: off by default, raised to spread the work. */
  @ConstraintWeight(WORKLOAD_BALANCE)
  private HardMediumSoftLongScore workloadBalance = HardMediumSoftLongScore.ofSoft(0);

  /**
   * Each booked visit left without a nurse: one medium, times one more than the day's waiting
   * patients, so that leaving one booked patient out always costs more than all the waiting
   * patients served earn ({@link HomeRoutePlan} sets it from the plan's visits).
   */
  @ConstraintWeight(UNASSIGNED)
  private HardMediumSoftLongScore unassigned = HardMediumSoftLongScore.ONE_MEDIUM;

  /** Makes one booked visit left out outweigh {@code waitingVisits} waiting ones served. */
  public void outweighWaiting(int waitingVisits) {
    unassigned = HardMediumSoftLongScore.ofMedium(waitingVisits + 1L);
  }

  public HardMediumSoftLongScore getUnassigned() {
    return unassigned;
  }

  public void setUnassigned(HardMediumSoftLongScore unassigned) {
    this.unassigned = unassigned;
  }

  public HardMediumSoftLongScore getTravelTime() {
    return travelTime;
  }

  public void setTravelTime(HardMediumSoftLongScore travelTime) {
    this.travelTime = travelTime;
  }

  public HardMediumSoftLongScore getWaitingTime() {
    return waitingTime;
  }

  public void setWaitingTime(HardMediumSoftLongScore waitingTime) {
    this.waitingTime = waitingTime;
  }

  public HardMediumSoftLongScore getContinuity() {
    return continuity;
  }

  public void setContinuity(HardMediumSoftLongScore continuity) {
    this.continuity = continuity;
  }

  public HardMediumSoftLongScore getOvertime() {
    return overtime;
  }

  public void setOvertime(HardMediumSoftLongScore overtime) {
    this.overtime = overtime;
  }

  public HardMediumSoftLongScore getWorkloadBalance() {
    return workloadBalance;
  }

  public void setWorkloadBalance(HardMediumSoftLongScore workloadBalance) {
    this.workloadBalance = workloadBalance;
  }
}
