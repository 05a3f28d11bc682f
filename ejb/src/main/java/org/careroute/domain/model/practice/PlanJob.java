package org.careroute.domain.model.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The optimisation of one plan, shared by every node: the root of the PlanJob aggregate. Starting
 * it again makes a new generation (what an older one still writes is not taken); the node that
 * claims it solves it under a lease it renews, and a lease that runs out hands the job to another
 * node, which continues from the stored best plan.
 */
@Entity
@Table(name = "plan_job")
public class PlanJob {

  @Id
  @Column(name = "plan_key", nullable = false, updatable = false)
  private String key;

  @Column(name = "clinic_id")
  private Long clinicId;

  @Column(name = "plan_day")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanJobStatus status;

  @Column(nullable = false)
  private long generation;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  private String node;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  /** Counts the changes of the day committed on other nodes while it was being solved. */
  @Column(nullable = false)
  private long revision;

  @Column(name = "stop_requested", nullable = false)
  private boolean stopRequested;

  @Column(name = "best_score")
  private String bestScore;

  /** The best plan so far, as its decisions (see the planning model's PlanSnapshot). */
  private String snapshot;

  /** Counts the snapshots written, so that a watcher on any node sees each new one. */
  @Column(name = "snapshot_serial", nullable = false)
  private long snapshotSerial;

  @Column(name = "snapshot_at")
  private Instant snapshotAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected PlanJob() {}

  public PlanJob(PlanKey plan) {
    this.key = plan.id();
    this.clinicId = plan.clinicId();
    this.day = plan.day();
  }

  /** Asks for the plan to be optimised from the day as booked: a new generation, queued. */
  public void queue(String by, Instant now) {
    generation++;
    status = PlanJobStatus.QUEUED;
    startedBy = by;
    startedAt = now;
    node = null;
    leaseUntil = null;
    stopRequested = false;
    bestScore = null;
    snapshot = null;
    snapshotAt = null;
    finishedAt = null;
    snapshotSerial++;
  }

  /** Taken by {@code node}, which holds it until {@code until} unless it renews the lease. */
  public void claim(String node, Instant until) {
    this.status = PlanJobStatus.SOLVING;
    this.node = node;
    this.leaseUntil = until;
  }

  /** Stopped before any node took it up: nothing was optimised. */
  public void dropQueued(Instant now) {
    status = PlanJobStatus.STALE;
    finishedAt = now;
  }

  public void requestStop() {
    stopRequested = true;
  }

  public void publish(Instant now) {
    status = PlanJobStatus.PUBLISHED;
    finishedAt = now;
    node = null;
  }

  public void setAside(Instant now) {
    status = PlanJobStatus.STALE;
    finishedAt = now;
    node = null;
  }

  /** A pin or another change taken into the finished plan: the new snapshot stands. */
  public void replaceSnapshot(String snapshot, Instant now) {
    this.snapshot = snapshot;
    this.snapshotAt = now;
    this.snapshotSerial++;
  }

  public PlanKey plan() {
    return new PlanKey(clinicId, day);
  }

  public String key() {
    return key;
  }

  public PlanJobStatus status() {
    return status;
  }

  public long generation() {
    return generation;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String node() {
    return node;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  public long revision() {
    return revision;
  }

  public boolean stopRequested() {
    return stopRequested;
  }

  public String bestScore() {
    return bestScore;
  }

  public String snapshot() {
    return snapshot;
  }

  public long snapshotSerial() {
    return snapshotSerial;
  }

  public Instant snapshotAt() {
    return snapshotAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  /** Whether {@code node} holds this generation of the job. */
  public boolean heldBy(String node, long generation) {
    return status == PlanJobStatus.SOLVING
        && this.generation == generation
        && Objects.equals(this.node, node);
  }
}
