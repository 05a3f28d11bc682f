package org.careroute.domain.model.booking;

import java.time.Instant;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.staff.Nurse;

/**
 * Who delivers an appointment, where, and from when: a chair only for clinic sessions, a cover only
 * for a clinic session that runs into the nurse's break.
 */
public record Placement(Nurse nurse, Chair chair, Instant plannedStart, BreakCover cover) {

  public Placement(Nurse nurse, Chair chair, Instant plannedStart) {
    this(nurse, chair, plannedStart, null);
  }
}
