package org.careroute.application.internal.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;

/**
 * Where a clinic appointment is booked (chair, nurse, the colleague covering a break), by id: read
 * from the appointment inside its transaction, so that it can be applied to a planning session
 * later, on the solver's thread.
 */
record BookedPlacement(Long chairId, Long nurseId, Long coverNurseId, Long coverFrom) {

  static BookedPlacement of(Appointment a) {
    return new BookedPlacement(
        a.chair().map(c -> c.id()).orElse(null),
        a.nurse().map(n -> n.id()).orElse(null),
        a.breakCover().map(c -> c.nurse().id()).orElse(null),
        a.breakCover().map(c -> c.during().start().getEpochSecond()).orElse(null));
  }

  /**
   * Places the session (already given its start) on the booked chair, nurse and cover among those
   * offered.
   */
  void applyTo(ClinicSession session, List<PlanChair> chairs, List<ClinicShift> shifts) {
    session.setChair(chairs.stream().filter(c -> c.id().equals(chairId)).findFirst().orElse(null));
    session.setShift(shiftOf(nurseId, session.getStart(), shifts).orElse(null));
    session.setCover(
        coverFrom == null ? null : shiftOf(coverNurseId, coverFrom, shifts).orElse(null));
  }

  /** The nurse's clinic shift that is under way at {@code moment}. */
  private static Optional<ClinicShift> shiftOf(
      Long nurseId, long moment, List<ClinicShift> shifts) {
    return shifts.stream()
        .filter(
            s -> Objects.equals(s.nurseId(), nurseId) && s.start() <= moment && moment < s.end())
        .findFirst();
  }
}
