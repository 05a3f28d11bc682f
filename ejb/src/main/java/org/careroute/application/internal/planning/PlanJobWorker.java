package org.careroute.application.internal.planning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.careroute.domain.model.practice.PlanJobStatus;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.DaySolve;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's share of the cluster's planning: once a second it renews the leases of the jobs it
 * solves (and hears of changes and stops asked for on other nodes), stores their better plans (at
 * most every {@code careroute.planning.snapshot-seconds}, and at the end), and takes queued jobs,
 * or jobs whose node stopped renewing, while it has room. The solves themselves run on the node's
 * day optimizer; the database holds the truth, this node only what it is working on.
 */
@Singleton
@Startup
// The plan jobs live in the schema the migrations make.
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlanJobWorker {

  private static final Logger LOG = Logger.getLogger(PlanJobWorker.class.getName());
  private static final long RETENTION_EVERY_TICKS = 600;

  @Inject PlanJobs jobs;

  @Inject DayOptimizer optimizer;

  @Inject DayReplanning replanning;

  @Inject PlanProgress progress;

  @Inject ClusterNode node;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.planning.solves-per-node", defaultValue = "2")
  int solvesPerNode;

  @Inject
  @ConfigProperty(name = "careroute.planning.lease-seconds", defaultValue = "10")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "careroute.planning.snapshot-seconds", defaultValue = "2")
  long snapshotSeconds;

  @Inject
  @ConfigProperty(name = "careroute.planning.keep-ended-days", defaultValue = "7")
  long keepEndedDays;

  @Resource ManagedScheduledExecutorService scheduler;

  /** One job this node solves. */
  private static final class Run {
    final PlanJobs.Claim claim;
    volatile DaySolve solve;
    volatile boolean improved = true;
    Instant stored = Instant.EPOCH;
    long revisionSeen;

    Run(PlanJobs.Claim claim) {
      this.claim = claim;
      this.revisionSeen = claim.revision();
    }
  }

  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private ScheduledFuture<?> ticking;
  private long ticks;

  @PostConstruct
  void start() {
    // What this node held before it restarted is nobody's now: any node may take it at once.
    jobs.releaseLeasesOf(node.name());
    ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ticking.cancel(false);
  }

  private synchronized void tick() {
    try {
      renewLeases();
      storeBestPlans();
      takeJobs();
      progress.relay(runs.keySet());
      if (++ticks % RETENTION_EVERY_TICKS == 0) {
        jobs.deleteEndedBefore(clock.instant().minus(Duration.ofDays(keepEndedDays)));
      }
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The next tick tries again.
      LOG.warning(() -> "Planning round failed: " + e.getClass().getName());
    }
  }

  /** Takes what this node has room for now, rather than at the next tick. */
  public synchronized void takeJobsNow() {
    takeJobs();
  }

  /** Stores a finished solve of this node at once, so that it can be published. */
  public void settle(PlanKey key) {
    // Asked without the lock first: every read of a plan passes here, and most find nothing to
    // store; only a solve that ended waits for the tick's lock.
    if (hasEndedUnstored(key)) {
      synchronized (this) {
        if (hasEndedUnstored(key)) {
          storeBestPlans();
        }
      }
    }
  }

  private boolean hasEndedUnstored(PlanKey key) {
    Run run = runs.get(key.id());
    DaySolve solve = run == null ? null : run.solve;
    return solve != null && (!solve.isSolving() || optimizer.solve(key).orElse(null) != solve);
  }

  /** Whether this node solves the day now. */
  public boolean solvesHere(PlanKey key) {
    return runs.containsKey(key.id());
  }

  private void renewLeases() {
    for (Run run : runs.values()) {
      PlanKey key = run.claim.key();
      Optional<PlanJobs.Held> held = jobs.renew(key, run.claim.generation(), node.name(), lease());
      if (held.isEmpty()) {
        drop(run);
      } else if (held.get().stopRequested()) {
        optimizer.stop(key);
      } else if (held.get().revision() != run.revisionSeen) {
        run.revisionSeen = held.get().revision();
        replanning.replanDay(key);
      }
    }
  }

  private void storeBestPlans() {
    Instant now = clock.instant();
    for (Run run : runs.values()) {
      DaySolve solve = run.solve;
      if (solve == null) {
        continue;
      }
      // Dropped here by whoever set the plan aside (a nurse called off, a pin it moved).
      boolean setAside = optimizer.solve(run.claim.key()).orElse(null) != solve;
      boolean ended = setAside || !solve.isSolving();
      boolean due = run.improved && !now.isBefore(run.stored.plusSeconds(snapshotSeconds));
      if (!ended && !due) {
        continue;
      }
      run.improved = false;
      run.stored = now;
      PlanJobStatus end =
          setAside
              ? PlanJobStatus.STALE
              : ended ? (solve.hasFailed() ? PlanJobStatus.FAILED : PlanJobStatus.DONE) : null;
      boolean held =
          jobs.store(run.claim.key(), run.claim.generation(), node.name(), solve.best(), end);
      if (ended || !held) {
        drop(run);
      }
    }
  }

  private void takeJobs() {
    int room = solvesPerNode - runs.size();
    if (room <= 0) {
      return;
    }
    for (PlanJobs.Claim claim : jobs.claim(node.name(), room, lease())) {
      Run run = new Run(claim);
      runs.put(claim.key().id(), run);
      try {
        DayProblem problem = jobs.problem(claim);
        DayProblem shown = jobs.problem(claim);
        run.solve =
            optimizer.start(
                problem,
                shown,
                solve -> {
                  run.improved = true;
                  progress.improved(solve);
                });
      } catch (RuntimeException e) {
        LOG.warning(
            () -> "Could not start solving " + claim.key().id() + ": " + e.getClass().getName());
        runs.remove(claim.key().id());
        jobs.failToStart(claim, node.name());
      }
    }
  }

  /** This node no longer works on the run: its solve is stopped and its plan left to the store. */
  private void drop(Run run) {
    runs.remove(run.claim.key().id(), run);
    DaySolve current = optimizer.solve(run.claim.key()).orElse(null);
    if (current == run.solve) {
      optimizer.forget(run.claim.key());
    }
  }

  private Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }
}
