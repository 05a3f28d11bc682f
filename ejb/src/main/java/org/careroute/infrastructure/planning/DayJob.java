package org.careroute.infrastructure.planning;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.careroute.application.internal.planning.DayProblem;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.route.domain.HomeRoutePlan;

/** One clinic day being optimised: the best routes and sessions so far, and whether both solves ended. */
public class DayJob {

  private static final Logger LOG = Logger.getLogger(DayJob.class.getName());

  private final Instant startedAt = Instant.now();
  private volatile DayProblem best;
  private volatile boolean routesDone;
  private volatile boolean sessionsDone;
  private volatile boolean failed;
  /** Count the route and session solves of this day: a restarted solve's predecessor may still report, and is not heard. */
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

  synchronized int routeGeneration() {
    return routeGeneration;
  }

  synchronized int sessionGeneration() {
    return sessionGeneration;
  }

  /** The routes are solved again from {@code rebuilt}'s; reports of earlier route solves are ignored from now on. */
  synchronized int restartRoutes(DayProblem rebuilt) {
    routeGeneration++;
    routesDone = false;
    best = best.withRoutesOf(rebuilt);
    return routeGeneration;
  }

  synchronized void improveRoutes(int generation, HomeRoutePlan routes) {
    if (generation == routeGeneration) {
      best = best.withSolutions(routes, best.sessions());
    }
  }

  /** The sessions are solved again from {@code rebuilt}'s; reports of earlier session solves are ignored from now on. */
  synchronized int restartSessions(DayProblem rebuilt) {
    sessionGeneration++;
    sessionsDone = false;
    best = best.withSolutions(best.routes(), rebuilt.sessions());
    return sessionGeneration;
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

  void fail(Throwable e) {
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
