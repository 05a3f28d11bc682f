package org.careroute.planning.clinic.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How much each soft goal of the clinic plan weighs, changeable per solve (the unit is a second),
 * and what a booked session left unplaced costs beside the waiting patients of the day.
 */
@ConstraintConfiguration(constraintPackage = "org.careroute.planning.clinic.solver")
public class ClinicPlanWeights {

  public static final String ON_TIME = "Start at the promised time";
  public static final String CONTINUITY = "Same nurse as last session";
  public static final String WORKLOAD_BALANCE = "Balanced workload";
  public static final String HAND_OVER = "Few hand-overs during breaks";
  public static final String UNASSIGNED = "Session has a chair and a nurse";

  /** Each second a session starts off its promise (within the tolerance). */
  @ConstraintWeight(ON_TIME)
  private HardMediumSoftLongScore onTime = HardMediumSoftLongScore.ofSoft(1);

  /** Another nurse than last time is worth ten minutes off the promised start to avoid. */
  @ConstraintWeight(CONTINUITY)
  private HardMediumSoftLongScore continuity = HardMediumSoftLongScore.ofSoft(600);

  /**
   * Per unit of a nurse's care minutes squared over 60: spreads the patients over the nurses on
   * shift.
   */
  @ConstraintWeight(WORKLOAD_BALANCE)
  private HardMediumSoftLongScore workloadBalance = HardMediumSoftLongScore.ofSoft(1);

  /**
   * Each second a colleague watches a patient during the responsible nurse's break: a hand-over is
   * worth avoiding, as a second off the promised start is.
   */
  @ConstraintWeight(HAND_OVER)
  private HardMediumSoftLongScore handOver = HardMediumSoftLongScore.ofSoft(1);

  /**
   * Each chair or nurse a booked session lacks: one medium, times one more than the day's waiting
   * patients, so that leaving one booked patient out always costs more than all the waiting
   * patients placed earn ({@link ClinicDayPlan} sets it from the plan's sessions).
   */
  @ConstraintWeight(UNASSIGNED)
  private HardMediumSoftLongScore unassigned = HardMediumSoftLongScore.ONE_MEDIUM;

  /** Makes one booked session left out outweigh {@code waitingSessions} waiting ones placed. */
  public void outweighWaiting(int waitingSessions) {
    unassigned = HardMediumSoftLongScore.ofMedium(waitingSessions + 1L);
  }

  public HardMediumSoftLongScore getUnassigned() {
    return unassigned;
  }

  public void setUnassigned(HardMediumSoftLongScore unassigned) {
    this.unassigned = unassigned;
  }

  public HardMediumSoftLongScore getOnTime() {
    return onTime;
  }

  public void setOnTime(HardMediumSoftLongScore onTime) {
    this.onTime = onTime;
  }

  public HardMediumSoftLongScore getContinuity() {
    return continuity;
  }

  public void setContinuity(HardMediumSoftLongScore continuity) {
    this.continuity = continuity;
  }

  public HardMediumSoftLongScore getWorkloadBalance() {
    return workloadBalance;
  }

  public void setWorkloadBalance(HardMediumSoftLongScore workloadBalance) {
    this.workloadBalance = workloadBalance;
  }

  public HardMediumSoftLongScore getHandOver() {
    return handOver;
  }

  public void setHandOver(HardMediumSoftLongScore handOver) {
    this.handOver = handOver;
  }
}
