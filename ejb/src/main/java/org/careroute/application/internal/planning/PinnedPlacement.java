package org.careroute.application.internal.planning;

import java.util.Objects;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/** How a day's plan stands to an appointment's pin: where the plan has it, and the pin marked. */
final class PinnedPlacement {

  private PinnedPlacement() {}

  /**
   * Whether the plan places the appointment where it is committed: the same nurse and start (and
   * chair, in the clinic), or nowhere when it is committed nowhere.
   */
  static boolean placesAsCommitted(DayProblem plan, Appointment a) {
    Long nurse = a.nurse().map(n -> n.id()).orElse(null);
    Long start = a.plannedStart().map(s -> s.getEpochSecond()).orElse(null);
    for (NurseRoute route : plan.routes().getRoutes()) {
      for (HomeVisit visit : route.getVisits()) {
        if (a.id().equals(visit.getAppointmentId())) {
          return route.isStaffed()
              ? Objects.equals(route.getNurseId(), nurse)
                  && Objects.equals(visit.serviceStart(), start)
              : nurse == null;
        }
      }
    }
    for (ClinicSession session : plan.sessions().getSessions()) {
      if (a.id().equals(session.getAppointmentId())) {
        if (session.getShift() == null || session.getChair() == null) {
          return nurse == null;
        }
        return Objects.equals(session.getShift().nurseId(), nurse)
            && Objects.equals(session.getChair().id(), a.chair().map(c -> c.id()).orElse(null))
            && Objects.equals(session.getStart(), start);
      }
    }
    // Not in the plan at all: it cannot be moved by publishing it.
    return true;
  }

  /** Marks the appointment's visit or session in the plan as pinned (or not) by the dispatcher. */
  static void mark(DayProblem plan, long appointmentId, boolean pinned) {
    plan.routes().getVisits().stream()
        .filter(v -> Objects.equals(v.getAppointmentId(), appointmentId))
        .forEach(v -> v.setPinnedByDispatcher(pinned));
    plan.sessions().getSessions().stream()
        .filter(s -> Objects.equals(s.getAppointmentId(), appointmentId))
        .forEach(s -> s.setPinnedByDispatcher(pinned));
  }
}
