package org.careroute.infrastructure.planning;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.DaySolve;

/**
 * One clinic day being optimised: the best routes and sessions so far, and whether both solves
 * ended. Either solve may be restarted while it runs (the day changed); each restart is a new
 * generation of that part, and what an earlier generation still reports is not heard.
 */
class DayJob implements DaySolve {

  private static final Logger LOG = Logger.getLogger(DayJob.class.getName());
  private static final AtomicLong SERIALS = new AtomicLong();

  /** How one part's solve stands. */
  private static final class Progress {
    int generation;
    boolean done;
  }

  /**
   * Tells this job's solves apart from those of an earlier job of the same day that may still be
   * winding down.
   */
  private final long serial = SERIALS.incrementAndGet();

  private final Instant startedAt = Instant.now();

  /**
   * Guards the parts and the best plan. Only this job holds it, and never while waiting for a
   * solver: a solver reporting a better plan is never kept waiting by whoever stops it.
   */
  private final Object lock = new Object();

  private final Map<DayPart<?>, Progress> parts = new HashMap<>();
  private final Consumer<DaySolve> listener;
  private volatile DayProblem best;
  private volatile boolean failed;

  DayJob(DayProblem shown, Consumer<DaySolve> listener) {
    this.best = shown;
    this.listener = listener;
    List.of(DayPart.ROUTES, DayPart.SESSIONS).forEach(part -> parts.put(part, new Progress()));
  }

  /** Tells the listener how the job stands now. */
  void report() {
    listener.accept(this);
  }

  /** The solver's id for the current generation of one part's solve. */
  String problemId(DayPart<?> part) {
    synchronized (lock) {
      return best.key().id() + "#" + serial + "-" + part.name() + "-" + parts.get(part).generation;
    }
  }

  int generation(DayPart<?> part) {
    synchronized (lock) {
      return parts.get(part).generation;
    }
  }

  /**
   * The part is solved again; {@code shown} (a copy of what the new solve starts from) stands until
   * it improves.
   */
  void restart(DayPart<?> part, DayProblem shown) {
    synchronized (lock) {
      Progress progress = parts.get(part);
      progress.generation++;
      progress.done = false;
      best = part.restartedFrom().apply(best, shown);
    }
  }

  <S> void improve(DayPart<S> part, int generation, S solution) {
    synchronized (lock) {
      if (generation == parts.get(part).generation) {
        best = part.with().apply(best, solution);
      }
    }
  }

  <S> void finish(DayPart<S> part, int generation, S solution) {
    synchronized (lock) {
      if (generation == parts.get(part).generation) {
        best = part.with().apply(best, solution);
        parts.get(part).done = true;
      }
    }
  }

  void fail(DayPart<?> part, int generation, Throwable e) {
    synchronized (lock) {
      if (generation == parts.get(part).generation) {
        // Only the type: the message may quote the problem's data.
        LOG.severe(() -> "Solving " + best.key().id() + " failed: " + e.getClass().getName());
        failed = true;
        parts.values().forEach(progress -> progress.done = true);
      }
    }
  }

  @Override
  public PlanKey key() {
    return best.key();
  }

  @Override
  public DayProblem best() {
    return best;
  }

  @Override
  public boolean isSolving() {
    synchronized (lock) {
      return parts.values().stream().anyMatch(progress -> !progress.done);
    }
  }

  @Override
  public boolean hasFailed() {
    return failed;
  }

  @Override
  public Instant startedAt() {
    return startedAt;
  }
}
