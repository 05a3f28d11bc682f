package org.careroute.application.waitlist;

import java.time.LocalDate;

/**
 * A freed place waiting to be offered, for tests and admins to look at.
 *
 * @param appointmentId the appointment that left it, or null for a day's room
 * @param waitlistEntryId the waiting patient the optimizer found it for, or null
 * @param attempts how many times it was claimed to be offered
 * @param claimed whether a round holds it now
 */
public record FreedPlaceView(
    long clinicId,
    LocalDate day,
    Long appointmentId,
    Long waitlistEntryId,
    int attempts,
    boolean claimed) {}
