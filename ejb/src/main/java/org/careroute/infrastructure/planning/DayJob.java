package org.careroute.infrastructure.planning;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.careroute.application.internal.planning.DayProblem;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.route.domain.HomeRoutePlan;

/**
 * One clinic day being optimised: the best routes and sessions so far, and whether both solves
 * ended. Either solve may be restarted while it runs (the day changed); each restart is a new
 * generation, and what an earlier generation still reports is not heard.
 */
public class DayJob {

  private static final Logger LOG = Logger.getLogger(DayJob.class.getName());
  private static final AtomicLong SERIALS = new AtomicLong();

  /** Tells this job's solves apart from those of an earlier job of the same day that may still be winding down. */
  private final long serial = SERIALS.incrementAndGet();
  private final Instant startedAt = Instant.now();
  private volatile DayProblem best;
  private volatile boolean routesDone;
  private volatile boolean sessionsDone;
  private volatile boolean failed;
  private int routeGeneration;
  private int sessionGeneration;

  private final Consumer<DayJob> listener;

  DayJob(DayProblem problem, Consumer<DayJob> listener) {
    this.best = problem;
    this.listener = listener;
  }

  /** Who hears each better plan of this day, its end and a failure. */
  Consumer<DayJob> listener() {
    return listener;
  }

  /** The solver's id for one generation of this job's route or session solve. */
  String problemId(String solve, int generation) {
    return best.key().id() + "#" + serial + "-" + solve + "-" + generation;
  }

  synchronized int routeGeneration() {
    return routeGeneration;
  }

  synchronized int sessionGeneration() {
    return sessionGeneration;
  }

  /** The routes are solved again; {@code shown} (a copy of what the new solve starts from) stands until it improves. */
  synchronized void restartRoutes(DayProblem shown) {
    routeGeneration++;
    routesDone = false;
    best = best.withRoutesOf(shown);
  }

  synchronized void improveRoutes(int generation, HomeRoutePlan routes) {
    if (generation == routeGeneration) {
      best = best.withSolutions(routes, best.sessions());
    }
  }

  /** The sessions are solved again; {@code shown} (a copy of what the new solve starts from) stands until it improves. */
  synchronized void restartSessions(DayProblem shown) {
    sessionGeneration++;
    sessionsDone = false;
    best = best.withSolutions(best.routes(), shown.sessions());
  }

  synchronized void improveSessions(int generation, ClinicDayPlan sessions) {
    if (generation == sessionGeneration) {
      best = best.withSolutions(best.routes(), sessions);
    }
  }

  synchronized void finishRoutes(int generation, HomeRoutePlan routes) {
    if (generation == routeGeneration) {
      best = best.withSolutions(routes, best.sessions());
      routesDone = true;
    }
  }

  synchronized void finishSessions(int generation, ClinicDayPlan sessions) {
    if (generation == sessionGeneration) {
      best = best.withSolutions(best.routes(), sessions);
      sessionsDone = true;
    }
  }

  synchronized void failRoutes(int generation, Throwable e) {
    if (generation == routeGeneration) {
      fail(e);
    }
  }

  synchronized void failSessions(int generation, Throwable e) {
    if (generation == sessionGeneration) {
      fail(e);
    }
  }

  private void fail(Throwable e) {
    // Only the type: the message may quote the problem's data.
    LOG.severe(() -> "Solving " + best.key().id() + " failed: " + e.getClass().getName());
    failed = true;
    routesDone = true;
    sessionsDone = true;
  }

  public DayProblem best() {
    return best;
  }

  public boolean isSolving() {
    return !(routesDone && sessionsDone);
  }

  public boolean hasFailed() {
    return failed;
  }

  public Instant startedAt() {
    return startedAt;
  }
}
