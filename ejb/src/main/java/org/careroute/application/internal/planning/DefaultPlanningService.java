package org.careroute.application.internal.planning;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.Optional;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanningService;
import org.careroute.application.planning.PublishResult;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanJobStatus;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DaySolve;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPlanningService implements PlanningService {

  private static final String RECORD_TYPE = "Appointment";

  @Inject DayProblemBuilder builder;

  @Inject DayOptimizer optimizer;

  @Inject AppointmentRepository appointments;

  @Inject DayAppointments dayAppointments;

  @Inject AuditRecorder audit;

  @Inject DayReplanning replanning;

  @Inject PlanJobs jobs;

  @Inject PlanJobWorker worker;

  @Inject PlanPublisher publisher;

  @Inject DayViews views;

  @Resource SessionContext self;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PlanView startSolving(Caller caller, PlanKey key) {
    jobs.queue(key, caller.login());
    worker.takeJobsNow();
    // Through the container, so that the plan is read in a transaction of its own.
    return self.getBusinessObject(PlanningService.class).plan(key);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void stopSolving(PlanKey key) {
    if (worker.solvesHere(key)) {
      optimizer.stop(key);
    } else {
      jobs.requestStop(key);
    }
  }

  @Override
  public PlanView plan(PlanKey key) {
    // A solve of this node that ended (or was set aside) a moment ago is stored first.
    worker.settle(key);
    Optional<PlanJob> job = jobs.find(key);
    if (worker.solvesHere(key)) {
      Optional<DaySolve> solve = optimizer.solve(key);
      if (solve.isPresent()) {
        return views.of(solve.get(), job.orElse(null));
      }
    }
    return job.filter(j -> j.status().hasPlan() || j.status() == PlanJobStatus.QUEUED)
        .map(j -> views.of(jobs.stored(j)))
        .orElseGet(() -> views.asBooked(optimizer.score(builder.build(key))));
  }

  /**
   * A pin keeps the appointment's committed placement: the nurse and start (and chair) it is booked
   * with, which is what its nurse and patient were told and what the page shows of a day not being
   * optimised. The day's plan is told within this transaction ({@link DayReplanning#takeInPin}): a
   * running solve re-plans around the pin; a finished plan that has the appointment where it is
   * committed takes the pin in, with the version the pin stored, so that publishing writes it as
   * any other; a finished plan that moved it is set aside.
   */
  @Override
  public boolean pin(Caller caller, PlanKey key, long appointmentId, boolean pinned) {
    Appointment appointment = dayAppointments.find(key, appointmentId);
    // Asked before the pin holds it in place: a stored plan taken up afterwards would keep it
    // there.
    boolean storedPlanMovesIt = pinned && replanning.storedPlanMoves(key, appointment);
    appointment.pin(pinned);
    audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, appointment.id());
    // The version the pin stores is the one the plan must know, or publishing would take the
    // pinned appointment for one changed meanwhile.
    appointments.flush();
    boolean kept = replanning.takeInPin(key, appointment, storedPlanMovesIt);
    worker.settle(key);
    return kept;
  }

  @Override
  public PublishResult publish(Caller caller, PlanKey key) {
    // A solve of this node that just ended is stored first, so that it can be published at once.
    worker.settle(key);
    return publisher.publish(caller, key);
  }
}
