package org.careroute.domain.model.booking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a series is laid out: how many sessions, and how many calendar days (in the clinic's time
 * zone) may lie between two sessions in a row. The home of the gap rule.
 */
public record SeriesShape(int sessions, int minGapDays, int maxGapDays) {

  /** Whether two consecutive sessions on these days keep the gap. */
  public boolean gapAllowed(LocalDate earlier, LocalDate later) {
    long days = ChronoUnit.DAYS.between(earlier, later);
    return days >= minGapDays && days <= maxGapDays;
  }

  /**
   * The days on which a session keeps the gap to both its neighbours; a neighbour that is null (the
   * first or last session) sets no bound.
   */
  public Days daysBetween(LocalDate previous, LocalDate next) {
    LocalDate first = previous == null ? LocalDate.MIN : previous.plusDays(minGapDays);
    LocalDate last = previous == null ? LocalDate.MAX : previous.plusDays(maxGapDays);
    if (next != null) {
      first = max(first, next.minusDays(maxGapDays));
      last = min(last, next.minusDays(minGapDays));
    }
    return new Days(first, last);
  }

  public SeriesShape withSessions(int count) {
    return new SeriesShape(count, minGapDays, maxGapDays);
  }

  public SeriesShape withMaxGapDays(int days) {
    return new SeriesShape(sessions, minGapDays, days);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Calendar days from the first to the last, both included; empty when the last is earlier. */
  public record Days(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean isEmpty() {
      return last.isBefore(first);
    }

    /** These days cut to those from {@code from} to {@code to}. */
    public Days within(LocalDate from, LocalDate to) {
      return new Days(max(first, from), min(last, to));
    }
  }
}
