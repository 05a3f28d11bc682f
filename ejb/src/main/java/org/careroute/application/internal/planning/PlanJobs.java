package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanJobRepository;
import org.careroute.domain.model.practice.PlanJobStatus;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.PlanSnapshot;

/**
 * The cluster's plan jobs as this node's planning uses them: each call is a transaction of its own
 * (they run on request, solver and scheduler threads alike), and what a stored plan holds is taken
 * up onto the day as it is booked now.
 */
@ApplicationScoped
public class PlanJobs {

  @Inject PlanJobRepository jobs;

  @Inject PlanSnapshotCodec codec;

  @Inject DayProblemBuilder builder;

  @Inject DayOptimizer optimizer;

  @Inject Clock clock;

  /** A job someone asked for, as a node took it up: which generation, and its stored best plan. */
  public record Claim(PlanKey key, long generation, long revision, PlanSnapshot snapshot) {}

  /** How a held job stands, as its node reads it at each lease renewal. */
  public record Held(long revision, boolean stopRequested) {}

  /** Queues a fresh optimisation of the day from its bookings; a running one is superseded. */
  @Transactional
  public void queue(PlanKey key, String by) {
    Optional<PlanJob> existing = jobs.findForUpdate(key);
    PlanJob job = existing.orElseGet(() -> new PlanJob(key));
    job.queue(by, clock.instant());
    if (existing.isEmpty()) {
      jobs.add(job);
    }
  }

  @Transactional
  public List<Claim> claim(String node, int room, Duration lease) {
    Instant now = clock.instant();
    return jobs.claimable(now, room).stream()
        .map(
            job -> {
              job.claim(node, now.plus(lease));
              return new Claim(
                  job.plan(),
                  job.generation(),
                  job.revision(),
                  job.snapshot() == null ? null : codec.read(job.snapshot()));
            })
        .toList();
  }

  /**
   * The day to solve for a claim: as booked, with the stored best plan's decisions where they still
   * fit, scored.
   */
  @Transactional
  public DayProblem problem(Claim claim) {
    DayProblem day = builder.buildWithWaiting(claim.key());
    if (claim.snapshot() != null) {
      claim.snapshot().applyTo(day);
    }
    return optimizer.score(day);
  }

  /**
   * @return how the job stands, or empty when this node no longer holds it
   */
  @Transactional
  public Optional<Held> renew(PlanKey key, long generation, String node, Duration lease) {
    if (!jobs.renewLease(key, generation, node, clock.instant().plus(lease))) {
      return Optional.empty();
    }
    return jobs.find(key).map(job -> new Held(job.revision(), job.stopRequested()));
  }

  /**
   * Stores the best plan of a held job; with {@code finalStatus}, the job ends so.
   *
   * @return false when this node no longer holds the job
   */
  @Transactional
  public boolean store(
      PlanKey key, long generation, String node, DayProblem best, PlanJobStatus finalStatus) {
    PlanSnapshot snapshot = PlanSnapshot.of(best);
    return jobs.storeBest(
        key,
        generation,
        node,
        codec.write(snapshot),
        snapshot.score().toString(),
        clock.instant(),
        finalStatus);
  }

  /**
   * Ends a held job that could not even start (its day could not be read or solved): it is recorded
   * as failed, with the plan it had, rather than handed from node to node.
   */
  @Transactional
  public void failToStart(Claim claim, String node) {
    jobs.storeBest(
        claim.key(),
        claim.generation(),
        node,
        claim.snapshot() == null ? null : codec.write(claim.snapshot()),
        claim.snapshot() == null ? null : claim.snapshot().score().toString(),
        clock.instant(),
        PlanJobStatus.FAILED);
  }

  @Transactional
  public Optional<PlanJob> find(PlanKey key) {
    return jobs.find(key);
  }

  @Transactional
  public List<PlanJob> find(Collection<PlanKey> keys) {
    return jobs.find(keys);
  }

  /**
   * The stored best plan of a job that has one, taken up onto the day as booked now (with the
   * versions the plan was built from) and scored.
   */
  @Transactional
  public Optional<StoredPlan> stored(PlanKey key) {
    return jobs.find(key)
        .filter(job -> job.status().hasPlan() || job.status() == PlanJobStatus.QUEUED)
        .map(this::stored);
  }

  StoredPlan stored(PlanJob job) {
    DayProblem day = builder.buildWithWaiting(job.plan());
    PlanSnapshot snapshot = job.snapshot() == null ? null : codec.read(job.snapshot());
    if (snapshot != null) {
      snapshot.applyTo(day);
    }
    day.sessions().leaveUnstartedWaitingUnplaced();
    day.routes().leaveUnroutedWaitingUnstaffed();
    return new StoredPlan(job, snapshot, optimizer.score(day));
  }

  /** A job with its stored plan on today's bookings. */
  public record StoredPlan(PlanJob job, PlanSnapshot snapshot, DayProblem day) {}

  /**
   * Tells the solves of a clinic's days held by other nodes that the day changed; they re-plan from
   * the bookings at their next lease renewal.
   */
  @Transactional
  public void changed(long clinicId, String node) {
    jobs.changed(clinicId, node);
  }

  /** Asks the node holding the day's solve to stop it; a job no node took yet is dropped. */
  @Transactional
  public void requestStop(PlanKey key) {
    jobs.findForUpdate(key)
        .ifPresent(
            job -> {
              if (job.status() == PlanJobStatus.QUEUED) {
                job.dropQueued(clock.instant());
              } else if (job.status() == PlanJobStatus.SOLVING) {
                job.requestStop();
              }
            });
  }

  /** Sets a finished plan aside: it must not be published (the day changed under it). */
  @Transactional
  public void setAside(PlanKey key) {
    jobs.findForUpdate(key)
        .filter(job -> !job.status().isPending())
        .ifPresent(job -> job.setAside(clock.instant()));
  }

  @Transactional
  public void releaseLeasesOf(String node) {
    jobs.releaseLeasesOf(node);
  }

  @Transactional
  public int deleteEndedBefore(Instant before) {
    return jobs.deleteEndedBefore(before);
  }
}
