package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanJobRepository;
import org.careroute.domain.model.practice.PlanJobStatus;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.DaySolve;

/**
 * Restarts a day's running solves from the day as committed, continuing from the best plan found so
 * far: the routes when home visits were booked, moved or cancelled (a new visit's place is not in
 * the running solve's travel matrix), the whole day when a nurse went off sick (the solves still
 * count on the nurse's shifts; a finished plan that still counts on them is dropped, so that it
 * cannot be published); a clinic session reaches the running solve as a problem change instead (the
 * old session dropped, the new one taken). Called after the change has committed, in a transaction
 * of its own.
 */
@ApplicationScoped
public class DayReplanning {

  @Inject AppointmentRepository appointments;

  @Inject DayProblemBuilder builder;

  @Inject DayOptimizer optimizer;

  @Inject PlanJobRepository planJobs;

  @Inject PlanJobs jobs;

  @Inject PlanSnapshotCodec codec;

  @Inject ClusterNode node;

  @Inject Clock clock;

  /**
   * Hands a committed booking, move or cancellation to every running solve of its clinic that it
   * concerns.
   */
  @Transactional
  public void takeIn(AppointmentChanged change) {
    for (DaySolve solve : optimizer.solvingAt(change.clinicId())) {
      synchronized (solve) {
        // Read under the solve's lock: of two hand-overs of one appointment, the later one reads
        // the later commit.
        appointments
            .find(change.appointmentId())
            .ifPresent(appointment -> takeIn(solve, appointment));
      }
    }
  }

  private void takeIn(DaySolve solve, Appointment appointment) {
    PlanKey key = solve.key();
    boolean sameDay = appointment.clinic().dayOf(appointment.window().start()).equals(key.day());
    if (appointment.setting() == CareSetting.HOME) {
      boolean planned =
          solve.best().routes().getVisits().stream()
              .anyMatch(v -> appointment.id().equals(v.getAppointmentId()));
      if (sameDay || planned) {
        replanRoutes(key);
      }
      return;
    }
    boolean belongs = appointment.status().holdsCapacity() && sameDay;
    ClinicSession fresh = belongs ? builder.session(appointment) : null;
    BookedPlacement placement = BookedPlacement.of(appointment);
    if (belongs) {
      solve.best().appointmentVersions().put(appointment.id(), appointment.version());
    } else {
      // Taken out of the plan with the solve's knowledge: not a change the plan missed.
      solve.best().appointmentVersions().remove(appointment.id());
    }
    Long id = appointment.id();
    optimizer.changeSessions(
        key,
        (plan, director) -> {
          plan.getSessions().stream()
              .filter(s -> id.equals(s.getAppointmentId()))
              .findFirst()
              .ifPresent(old -> director.removeEntity(old, plan.getSessions()::remove));
          if (fresh != null) {
            fresh.offer(plan.getChairs(), plan.getShifts());
            placement.applyTo(fresh, plan.getChairs(), plan.getShifts());
            director.addEntity(fresh, plan.getSessions()::add);
          }
        });
  }

  /**
   * A pin or unpin of {@code appointment}, already flushed in the caller's transaction, for the
   * day's plan. A pin keeps the appointment's committed placement (what its nurse and patient were
   * told). A running solve is restarted from the committed day, pin included, continuing from its
   * best plan for everything else. A finished plan that places the appointment as committed takes
   * the pin in (it is published as pinned); one that moved it elsewhere would move a pinned booking
   * and is set aside, to be optimised again.
   *
   * @return false when a finished plan was set aside
   */
  @Transactional
  public boolean takeInPin(PlanKey key, Appointment appointment, boolean storedPlanMovesIt) {
    DaySolve solve = optimizer.solve(key).orElse(null);
    if (solve == null) {
      return takeInPinStored(key, appointment, storedPlanMovesIt);
    }
    synchronized (solve) {
      if (solve.isSolving()) {
        boolean home = appointment.setting() == CareSetting.HOME;
        if (home) {
          optimizer.replanRoutes(key, continued(key, solve, false), continued(key, solve, false));
        } else {
          optimizer.replanDay(key, continued(key, solve, true), continued(key, solve, true));
        }
        return true;
      }
      if (appointment.isPinned() && !PinnedPlacement.placesAsCommitted(solve.best(), appointment)) {
        optimizer.forget(key);
        return false;
      }
      PinnedPlacement.mark(solve.best(), appointment.id(), appointment.isPinned());
      solve.best().appointmentVersions().put(appointment.id(), appointment.version());
      return true;
    }
  }

  /**
   * Whether the day's finished plan, stored by any node, has the appointment elsewhere than it is
   * committed; asked before a pin, which would hold the appointment in place when the plan is taken
   * up.
   */
  @Transactional
  public boolean storedPlanMoves(PlanKey key, Appointment appointment) {
    if (optimizer.solve(key).isPresent()) {
      return false;
    }
    return planJobs
        .find(key)
        .filter(job -> job.status() == PlanJobStatus.DONE || job.status() == PlanJobStatus.FAILED)
        .map(job -> !PinnedPlacement.placesAsCommitted(jobs.stored(job).day(), appointment))
        .orElse(false);
  }

  /** Likewise for a plan solved or stored by another node. */
  private boolean takeInPinStored(PlanKey key, Appointment appointment, boolean movesIt) {
    PlanJob job = planJobs.findForUpdate(key).orElse(null);
    if (job == null || !job.status().hasPlan()) {
      return true;
    }
    if (job.status() == PlanJobStatus.SOLVING) {
      // The node solving it re-plans from the bookings, pin included, at its next lease renewal.
      planJobs.changed(key.clinicId(), node.name());
      return true;
    }
    if (appointment.isPinned() && movesIt) {
      job.setAside(clock.instant());
      return false;
    }
    if (job.snapshot() != null) {
      job.replaceSnapshot(
          codec.write(
              codec.read(job.snapshot()).withVersion(appointment.id(), appointment.version())),
          clock.instant());
    }
    return true;
  }

  @Transactional
  public void replanRoutes(PlanKey key) {
    optimizer
        .solve(key)
        .filter(DaySolve::isSolving)
        .ifPresent(
            solve -> {
              synchronized (solve) {
                // Built twice: the solver changes the one it solves in place, the other stands
                // meanwhile.
                optimizer.replanRoutes(
                    key, continued(key, solve, false), continued(key, solve, false));
              }
            });
  }

  /**
   * The whole day again, without what was called off; a finished plan of the day is dropped
   * instead.
   */
  @Transactional
  public void replanDay(PlanKey key) {
    optimizer
        .solve(key)
        .ifPresent(
            solve -> {
              synchronized (solve) {
                if (solve.isSolving()) {
                  optimizer.replanDay(
                      key, continued(key, solve, true), continued(key, solve, true));
                } else {
                  optimizer.forget(key);
                }
              }
            });
  }

  private DayProblem continued(PlanKey key, DaySolve solve, boolean sessionsToo) {
    DayProblem committed = builder.buildWithWaiting(key);
    committed.routes().continueFrom(solve.best().routes());
    if (sessionsToo) {
      committed.sessions().continueFrom(solve.best().sessions());
    }
    // What is no longer booked on the day left the plan with the solve's knowledge.
    solve.best().appointmentVersions().keySet().retainAll(committed.appointmentVersions().keySet());
    solve.best().appointmentVersions().putAll(committed.appointmentVersions());
    return committed;
  }
}
