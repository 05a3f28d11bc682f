package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.careroute.application.planning.PlanKey;
import org.careroute.infrastructure.planning.DayJob;
import org.careroute.infrastructure.planning.SolverJobs;

/**
 * Restarts a day's running solves from the day as committed, continuing from the best plan found
 * so far: the routes when home visits were booked, moved or cancelled (a new visit's place is not in
 * the running solve's travel matrix), the whole day when a nurse went off sick (the solves still
 * count on the nurse's shifts; a finished plan that still counts on them is dropped, so that it cannot
 * be published). Called after the change has committed, in a transaction of its own.
 */
@ApplicationScoped
public class DayReplanning {

  @Inject
  DayProblemBuilder builder;

  @Inject
  SolverJobs jobs;

  @Transactional
  public void replanRoutes(PlanKey key) {
    jobs.job(key).filter(DayJob::isSolving).ifPresent(job -> {
      synchronized (job) {
        // Built twice: the solver changes the one it solves in place, the other stands meanwhile.
        jobs.replanRoutes(job, continued(key, job, false), continued(key, job, false));
      }
    });
  }

  /** The whole day again, without what was called off; a finished plan of the day is dropped instead. */
  @Transactional
  public void replanDay(PlanKey key) {
    jobs.job(key).ifPresent(job -> {
      synchronized (job) {
        if (job.isSolving()) {
          jobs.replanDay(job, continued(key, job, true), continued(key, job, true));
        } else {
          jobs.forget(key);
        }
      }
    });
  }

  private DayProblem continued(PlanKey key, DayJob job, boolean sessionsToo) {
    DayProblem committed = builder.build(key);
    committed.routes().continueFrom(job.best().routes());
    if (sessionsToo) {
      committed.sessions().continueFrom(job.best().sessions());
    }
    job.best().appointmentVersions().putAll(committed.appointmentVersions());
    return committed;
  }
}
