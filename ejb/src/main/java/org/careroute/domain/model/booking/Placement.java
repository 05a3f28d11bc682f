package org.careroute.domain.model.booking;

import java.time.Instant;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.staff.Nurse;

/** Who delivers an appointment, where, and from when: a chair only for clinic sessions. */
public record Placement(Nurse nurse, Chair chair, Instant plannedStart) {}
