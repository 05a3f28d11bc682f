package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.planning.DayPublished;
import org.careroute.application.planning.PublishResult;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.booking.CapacityRevisions;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanJobRepository;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.Watch;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.PlanSnapshot;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/**
 * Publishes a day's stored plan within the caller's transaction: writes its placements onto the
 * appointments not changed since the plan was built, keeps the pinned ones where they are pinned,
 * and names the places it found for waiting patients, to be offered after commit.
 */
@ApplicationScoped
public class PlanPublisher {

  private static final String RECORD_TYPE = "Appointment";

  @Inject DayProblemBuilder builder;

  @Inject DayOptimizer optimizer;

  @Inject AppointmentRepository appointments;

  @Inject NurseRepository nurses;

  @Inject ClinicRepository clinics;

  @Inject ClinicDayLocks dayLocks;

  @Inject CapacityRevisions revisions;

  @Inject Event<DayPublished> published;

  @Inject AuditRecorder audit;

  @Inject PlanJobs jobs;

  @Inject PlanJobRepository planJobs;

  @Inject Clock clock;

  PublishResult publish(Caller caller, PlanKey key) {
    // Taken before the plan job, as a day event takes it: bookings of the day wait while its plan
    // is written and checked, so none slips in between the check and the commit.
    dayLocks.lock(key.clinicId(), List.of(key.day()));
    PlanJob job =
        planJobs
            .findForUpdate(key)
            .filter(j -> j.status().hasPlan() || j.status().isPending())
            .orElseThrow(
                () -> new BusinessConflictException("Nothing to publish: optimise the day first."));
    if (job.status().isPending()) {
      throw new BusinessConflictException(
          "The optimizer is still working on this day: stop it, then publish.");
    }
    PlanJobs.StoredPlan stored = jobs.stored(job);
    DayProblem best = stored.day();
    Publication publication = new Publication(caller, best);
    List<DayPublished.WaitingFit> waitingFits = new ArrayList<>();
    // What the optimizer left unassigned keeps its booked placement: the dispatcher sees it listed.
    for (NurseRoute route : best.routes().getRoutes()) {
      if (!route.isStaffed()) {
        continue;
      }
      Nurse nurse = nurses.find(route.getNurseId()).orElseThrow();
      for (HomeVisit visit : route.getVisits()) {
        if (visit.isWaiting()) {
          // Never an appointment: the arrival window around it is offered after commit.
          waitingFits.add(
              new DayPublished.WaitingFit(
                  visit.getWaitlistEntryId(), Instant.ofEpochSecond(visit.serviceStart())));
          continue;
        }
        publication.write(
            visit.getAppointmentId(),
            new Placement(nurse, null, Instant.ofEpochSecond(visit.serviceStart())));
      }
    }
    for (ClinicSession session : best.sessions().getSessions()) {
      if (!session.isPlaced()) {
        continue;
      }
      if (session.isWaiting()) {
        // Never an appointment: the place is offered to the patient after commit.
        waitingFits.add(
            new DayPublished.WaitingFit(
                session.getWaitlistEntryId(), Instant.ofEpochSecond(session.getStart())));
        continue;
      }
      Nurse nurse = nurses.find(session.getShift().nurseId()).orElseThrow();
      Chair chair = clinics.findChair(key.clinicId(), session.getChair().id()).orElseThrow();
      publication.write(
          session.getAppointmentId(),
          new Placement(
              nurse, chair, Instant.ofEpochSecond(session.getStart()), breakCover(session)));
    }
    publication.missingFromTheDay();
    requireNoRuleBrokenByChangesMeanwhile(key, stored.snapshot());
    audit.record(caller, AuditAction.PUBLISH, "Plan", key.id());
    job.publish(clock.instant());
    // The day's placements changed: kept working plans of it are read again.
    revisions.bump(key.clinicId(), key.day());
    published.fire(new DayPublished(key.clinicId(), key.day(), waitingFits));
    return publication.result();
  }

  /**
   * A booking, move or cancellation that committed after the solve ended was never seen by it: the
   * plan's placements, written beside it, may share a chair or a nurse with it. The day as it would
   * be stored is scored by the planner's own rules; if it breaks more than the plan did, nothing is
   * written.
   */
  private void requireNoRuleBrokenByChangesMeanwhile(PlanKey key, PlanSnapshot plan) {
    DayProblem written = optimizer.score(builder.build(key));
    long writtenHard =
        written.routes().getScore().hardScore() + written.sessions().getScore().hardScore();
    long planHard = plan == null ? 0 : plan.hardScore();
    if (writtenHard < planHard) {
      throw new BusinessConflictException(
          "Bookings changed since the optimizer finished, and publishing its plan beside them would"
              + " break a care rule (a chair, a nurse's ratio or a promise). Nothing was published:"
              + " optimise again, then publish.");
    }
  }

  /**
   * The colleague watching during the nurse's break, and when; none where the session needs none.
   */
  private BreakCover breakCover(ClinicSession session) {
    Watch covered = session.coverWatch();
    return covered == null
        ? null
        : new BreakCover(
            nurses.find(covered.nurse().nurseId()).orElseThrow(),
            new TimeInterval(
                Instant.ofEpochSecond(covered.from()), Instant.ofEpochSecond(covered.to())));
  }

  /**
   * One publishing of a plan: what it wrote, what of it is pinned (published where it is pinned),
   * and what it left alone because it changed after the plan was built.
   */
  private final class Publication {

    private final Caller caller;
    private final DayProblem best;
    private final List<Long> changedMeanwhile = new ArrayList<>();
    private final List<Long> pinned = new ArrayList<>();
    private int updated;
    private int unchanged;

    Publication(Caller caller, DayProblem best) {
      this.caller = caller;
      this.best = best;
    }

    /**
     * The plan's appointments that are no longer booked on the day (cancelled, moved to another
     * day) since the plan was built changed meanwhile too.
     */
    void missingFromTheDay() {
      Set<Long> onTheDay = new HashSet<>();
      best.routes().getVisits().stream()
          .filter(v -> !v.isWaiting())
          .forEach(v -> onTheDay.add(v.getAppointmentId()));
      best.sessions().getSessions().stream()
          .filter(s -> !s.isWaiting())
          .forEach(s -> onTheDay.add(s.getAppointmentId()));
      best.appointmentVersions().keySet().stream()
          .filter(id -> !onTheDay.contains(id) && !changedMeanwhile.contains(id))
          .sorted()
          .forEach(changedMeanwhile::add);
    }

    /** Writes one placement unless the appointment changed after the problem was built. */
    void write(long appointmentId, Placement placement) {
      Appointment appointment = appointments.find(appointmentId).orElse(null);
      Long builtFrom = best.appointmentVersions().get(appointmentId);
      if (appointment == null
          || builtFrom == null
          || appointment.version() != builtFrom
          || !appointment.status().holdsCapacity()) {
        changedMeanwhile.add(appointmentId);
        return;
      }
      if (appointment.isPinned()) {
        pinned.add(appointmentId);
        if (!sameNurseChairAndStart(placement, appointment.placement())) {
          // The plan was built with the pin; only a plan breaking it would move it.
          throw new BusinessConflictException(
              "The plan moves booking "
                  + appointmentId
                  + ", which is pinned. Nothing was published: optimise again, then publish.");
        }
      }
      if (placement.equals(appointment.placement())) {
        unchanged++;
        return;
      }
      appointment.place(placement);
      audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, appointment.id());
      updated++;
    }

    private static boolean sameNurseChairAndStart(Placement a, Placement b) {
      return Objects.equals(id(a.nurse()), id(b.nurse()))
          && Objects.equals(
              a.chair() == null ? null : a.chair().id(), b.chair() == null ? null : b.chair().id())
          && Objects.equals(a.plannedStart(), b.plannedStart());
    }

    private static Long id(Nurse nurse) {
      return nurse == null ? null : nurse.id();
    }

    PublishResult result() {
      return new PublishResult(updated, unchanged, changedMeanwhile, pinned);
    }
  }
}
