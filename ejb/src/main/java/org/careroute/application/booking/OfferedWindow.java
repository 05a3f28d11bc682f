package org.careroute.application.booking;

import java.time.OffsetDateTime;

/**
 * A window the practice can promise: a clinic start (start equals end) or a home arrival window.
 * {@code rank} 1 is what suits the day's plan best (least extra travel, waiting and imbalance);
 * windows that suit it equally share a rank.
 */
public record OfferedWindow(
    OffsetDateTime start,
    OffsetDateTime end,
    int rank,
    /** Until when the patient could move or cancel this booking online; past: only by calling. */
    OffsetDateTime changeableOnlineUntil,
    /** Whom to call, with the clinic's number when admins gave one. */
    String callToChange) {}
