package org.careroute.domain.model.booking;

import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.shared.TimeInterval;

/**
 * A stretch of time in which one nurse watches one clinic patient: what the nurse:patient ratio
 * counts.
 */
public record PatientWatch(Appointment appointment, Nurse nurse, TimeInterval during) {}
