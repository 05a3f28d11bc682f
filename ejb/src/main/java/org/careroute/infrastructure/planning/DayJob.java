package org.careroute.infrastructure.planning;

import java.time.Instant;
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

  DayJob(DayProblem problem) {
    this.best = problem;
  }

  synchronized void improveRoutes(HomeRoutePlan routes) {
    best = best.withSolutions(routes, best.sessions());
  }

  synchronized void improveSessions(ClinicDayPlan sessions) {
    best = best.withSolutions(best.routes(), sessions);
  }

  synchronized void finishRoutes(HomeRoutePlan routes) {
    improveRoutes(routes);
    routesDone = true;
  }

  synchronized void finishSessions(ClinicDayPlan sessions) {
    improveSessions(sessions);
    sessionsDone = true;
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
