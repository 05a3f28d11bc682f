package org.careroute.application.internal.planning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.planning.PlanKey;
import org.careroute.application.planning.PlanStatus;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanningService;
import org.careroute.application.planning.PublishResult;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.infrastructure.planning.DayJob;
import org.careroute.infrastructure.planning.SolverJobs;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.Watch;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPlanningService implements PlanningService {

  @Inject
  DayProblemBuilder builder;

  @Inject
  SolverJobs jobs;

  @Inject
  AppointmentRepository appointments;

  @Inject
  NurseRepository nurses;

  @Inject
  ClinicRepository clinics;

  @Inject
  DayAppointments dayAppointments;

  @Inject
  AuditRecorder audit;

  @Override
  public PlanView startSolving(PlanKey key, Consumer<PlanView> onBestPlan) {
    // The solver changes the problem it is given in place: the job's first "best" plan is a copy.
    // Both are scored first, which also derives the arrival times of visits as booked: the solver
    // itself derives them only for visits it moves.
    DayProblem shown = jobs.score(builder.build(key));
    DayJob job = jobs.start(jobs.score(builder.build(key)), shown, improved -> onBestPlan.accept(view(improved)));
    return view(job);
  }

  @Override
  public void stopSolving(PlanKey key) {
    jobs.stop(key);
  }

  @Override
  public PlanView plan(PlanKey key) {
    return jobs.job(key).map(this::view)
        .orElseGet(() -> view(jobs.score(builder.build(key)), PlanStatus.AS_BOOKED));
  }

  private PlanView view(DayJob job) {
    PlanStatus status = job.hasFailed() ? PlanStatus.FAILED : job.isSolving() ? PlanStatus.SOLVING : PlanStatus.SOLVED;
    return view(job.best(), status);
  }

  private PlanView view(DayProblem day, PlanStatus status) {
    return PlanViews.of(day, status, jobs.explainRoutes(day.routes()), jobs.explainSessions(day.sessions()));
  }

  @Override
  public void pin(Caller caller, PlanKey key, long appointmentId, boolean pinned) {
    Appointment appointment = dayAppointments.find(key, appointmentId);
    appointment.pin(pinned);
    audit.record(caller, AuditAction.UPDATE, "Appointment", appointment.id());
  }

  @Override
  public PublishResult publish(PlanKey key) {
    DayJob job = jobs.job(key).orElseThrow(() ->
        new BusinessConflictException("Nothing to publish: optimise the day first."));
    if (job.isSolving()) {
      throw new BusinessConflictException("The optimizer is still working on this day: stop it, then publish.");
    }
    DayProblem best = job.best();
    List<Long> changedMeanwhile = new ArrayList<>();
    int[] counts = new int[2];
    // What the optimizer left unassigned keeps its booked placement: the dispatcher sees it listed.
    for (NurseRoute route : best.routes().getRoutes()) {
      if (!route.isStaffed()) {
        continue;
      }
      Nurse nurse = nurses.find(route.getNurseId()).orElseThrow();
      for (HomeVisit visit : route.getVisits()) {
        write(best, Long.valueOf(visit.getId()), new Placement(nurse, null, Instant.ofEpochSecond(visit.serviceStart())),
            changedMeanwhile, counts);
      }
    }
    for (ClinicSession session : best.sessions().getSessions()) {
      if (session.getShift() == null || session.getChair() == null) {
        continue;
      }
      Nurse nurse = nurses.find(session.getShift().nurseId()).orElseThrow();
      Chair chair = clinics.findChair(key.clinicId(), session.getChair().id()).orElseThrow();
      write(best, Long.valueOf(session.getId()), new Placement(nurse, chair, Instant.ofEpochSecond(session.getStart()),
          breakCover(session)), changedMeanwhile, counts);
    }
    jobs.forget(key);
    return new PublishResult(counts[0], counts[1], changedMeanwhile);
  }

  /** The colleague watching during the nurse's break, and when; none where the session needs none. */
  private BreakCover breakCover(ClinicSession session) {
    Watch covered = session.coverWatch();
    return covered == null ? null : new BreakCover(nurses.find(covered.nurse().nurseId()).orElseThrow(),
        new TimeInterval(Instant.ofEpochSecond(covered.from()), Instant.ofEpochSecond(covered.to())));
  }

  /** Writes one placement unless the appointment changed after the problem was built. */
  private void write(DayProblem best, long appointmentId, Placement placement, List<Long> changedMeanwhile,
      int[] counts) {
    Appointment appointment = appointments.find(appointmentId).orElse(null);
    Long builtFrom = best.appointmentVersions().get(appointmentId);
    if (appointment == null || builtFrom == null || appointment.version() != builtFrom
        || !appointment.status().holdsCapacity()) {
      changedMeanwhile.add(appointmentId);
      return;
    }
    if (placement.equals(appointment.placement())) {
      counts[1]++;
      return;
    }
    appointment.place(placement);
    counts[0]++;
  }
}
