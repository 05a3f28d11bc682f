package org.careroute.application.practice;

import java.time.OffsetDateTime;
import org.careroute.domain.model.booking.Appointment;

/**
 * A booking that a change of the practice (a chair out of use, a nurse's certification or shift
 * changed) would leave without its place: when, for whom, what, and where it is placed; after a
 * re-placement, where it went.
 */
public record AffectedBooking(
    Long appointmentId,
    OffsetDateTime start,
    String patientName,
    String treatmentName,
    String placedWith,
    String movedTo) {

  public static AffectedBooking of(Appointment a) {
    return new AffectedBooking(
        a.id(),
        a.plannedStart().orElse(a.window().start()).atZone(a.clinic().zone()).toOffsetDateTime(),
        a.patient().fullName(),
        a.treatment().name(),
        placement(a),
        null);
  }

  /** The same booking, placed anew. */
  public AffectedBooking movedTo(Appointment replaced) {
    return new AffectedBooking(
        appointmentId, start, patientName, treatmentName, placedWith, placement(replaced));
  }

  private static String placement(Appointment a) {
    String nurse = a.nurse().map(n -> n.fullName()).orElse("no nurse");
    return a.chair().map(c -> c.label() + " with " + nurse).orElse(nurse);
  }
}
