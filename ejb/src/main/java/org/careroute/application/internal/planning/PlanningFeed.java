package org.careroute.application.internal.planning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.infrastructure.planning.DayJob;
import org.careroute.infrastructure.planning.SolverJobs;
import org.careroute.planning.clinic.domain.ClinicSession;

/**
 * Feeds bookings, moves and cancellations to the solves running for their clinic, so that nothing
 * booked meanwhile is lost or overwritten when the plan is published; a nurse off sick restarts the
 * day's solves without the nurse. A clinic session reaches the
 * running solve as a problem change (the old session dropped, the new one taken); a home visit
 * restarts the day's route solve from its best routes ({@link DayReplanning}). Nothing is handed
 * over before the booking has committed.
 */
@ApplicationScoped
public class PlanningFeed {

  @Inject
  Clock clock;

  @Inject
  SolverJobs jobs;

  @Inject
  AppointmentRepository appointments;

  @Inject
  DayProblemBuilder builder;

  @Inject
  DayReplanning replanning;

  @Resource
  TransactionSynchronizationRegistry transactions;

  @Resource
  ManagedExecutorService executor;

  void onChange(@Observes AppointmentChanged change) {
    List<DayJob> running = jobs.solvingAt(change.clinicId());
    if (running.isEmpty()) {
      return;
    }
    Appointment appointment = appointments.find(change.appointmentId()).orElseThrow();
    for (DayJob job : running) {
      boolean sameDay = appointment.clinic().dayOf(appointment.window().start()).equals(job.best().key().day());
      boolean homeVisit = appointment.setting() == CareSetting.HOME && sameDay;
      boolean belongs = appointment.setting() == CareSetting.CLINIC && appointment.status().holdsCapacity() && sameDay;
      ClinicSession fresh = belongs ? builder.session(appointment, List.of(), List.of(), clock.instant().getEpochSecond()) : null;
      BookedPlacement placement = BookedPlacement.of(appointment);
      afterCommit(() -> {
        if (homeVisit) {
          // In a transaction of its own, which sees this commit.
          executor.submit(() -> replanning.replanRoutes(job.best().key()));
          return;
        }
        if (belongs) {
          // Read now: the version the commit gave the appointment.
          job.best().appointmentVersions().put(appointment.id(), appointment.version());
        }
        submit(job, String.valueOf(appointment.id()), fresh, placement);
      });
    }
  }

  void onCalledOff(@Observes NurseCalledOff calledOff) {
    jobs.job(calledOff.key()).ifPresent(job -> {
      if (job.isSolving()) {
        afterCommit(() -> executor.submit(() -> replanning.replanDay(calledOff.key())));
      } else {
        // A finished plan that still counts on the nurse must not be published.
        jobs.forget(calledOff.key());
      }
    });
  }

  /** Nothing reaches the solver before the change is certain. */
  private void afterCommit(Runnable action) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // Only the outcome matters.
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          action.run();
        }
      }
    });
  }

  private void submit(DayJob job, String id, ClinicSession fresh, BookedPlacement placement) {
    jobs.changeSessions(job, (plan, director) -> {
      plan.getSessions().stream().filter(s -> s.getId().equals(id)).findFirst()
          .ifPresent(old -> director.removeEntity(old, plan.getSessions()::remove));
      if (fresh != null) {
        fresh.offer(plan.getChairs(), plan.getShifts());
        placement.applyTo(fresh, plan.getChairs(), plan.getShifts());
        director.addEntity(fresh, plan.getSessions()::add);
      }
    });
  }
}
