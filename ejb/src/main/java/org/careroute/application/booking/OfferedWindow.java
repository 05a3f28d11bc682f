package org.careroute.application.booking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A window the practice can promise: a clinic start (start equals end) or a home arrival window.
 * {@code rank} 1 is what suits the day's plan best (least extra travel, waiting and imbalance);
 * windows that suit it equally share a rank.
 */
public record OfferedWindow(
    OffsetDateTime start,
    OffsetDateTime end,
    int rank,
    /**
     * One of the few (at most {@value #BEST_FITS_PER_DAY}) windows of its day that suit the plan
     * better than others that day; none is marked on a day where every window suits it equally.
     */
    boolean bestFit,
    /** Until when the patient could move or cancel this booking online; past: only by calling. */
    OffsetDateTime changeableOnlineUntil,
    /** Whom to call, with the clinic's number when admins gave one. */
    String callToChange,
    /** For the first session of a series: every session it would book, this one first. */
    List<ProposedSession> series) {

  public static final int BEST_FITS_PER_DAY = 3;

  /** A session of a series as it would be booked: a clinic start, or a home arrival window. */
  public record ProposedSession(OffsetDateTime start, OffsetDateTime end) {}

  public OfferedWindow withSeries(List<ProposedSession> sessions) {
    return new OfferedWindow(
        start, end, rank, bestFit, changeableOnlineUntil, callToChange, sessions);
  }
}
