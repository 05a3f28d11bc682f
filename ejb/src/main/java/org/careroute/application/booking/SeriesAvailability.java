package org.careroute.application.booking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The first times from which every session of a series fits, each with the sessions it would book;
 * when there are none, what would fit instead, as found by trying it.
 */
public record SeriesAvailability(
    List<OfferedWindow> firstTimes, String whatWouldFit, List<SeriesAlternative> alternatives) {

  /** A series that does fit, with what differs from the one asked for. */
  public record SeriesAlternative(
      String advice,
      int sessions,
      int minGapDays,
      int maxGapDays,
      long clinicId,
      String clinicName,
      OffsetDateTime firstStart) {}
}
