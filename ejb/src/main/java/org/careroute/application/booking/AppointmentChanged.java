package org.careroute.application.booking;

/**
 * An appointment was booked, moved or cancelled; observers hear of it once the transaction
 * committed.
 */
public record AppointmentChanged(long appointmentId, long clinicId) {}
