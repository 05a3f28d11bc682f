package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.careroute.application.planning.PlanKey;
import org.careroute.infrastructure.planning.DayJob;
import org.careroute.infrastructure.planning.SolverJobs;

/**
 * Home visits booked, moved or cancelled while their day is being optimised: a new visit's place
 * is not in the running solve's travel matrix, so the route solve starts again from the day as
 * committed, continuing from the best routes found so far.
 */
@ApplicationScoped
public class RouteReplanning {

  @Inject
  DayProblemBuilder builder;

  @Inject
  SolverJobs jobs;

  @Transactional
  public void replan(PlanKey key) {
    jobs.job(key).filter(DayJob::isSolving).ifPresent(job -> {
      synchronized (job) {
        DayProblem committed = builder.build(key);
        committed.routes().continueFrom(job.best().routes());
        job.best().appointmentVersions().putAll(committed.appointmentVersions());
        jobs.replanRoutes(job, committed);
      }
    });
  }
}
