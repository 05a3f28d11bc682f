package org.careroute.application.practice;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a weekly pattern creates ({@code saved}) or would create (a preview), and the days it skips
 * because the nurse already works then.
 */
public record ShiftPatternView(
    boolean saved, List<PatternShift> created, List<PatternShift> skipped) {

  /**
   * One day of the pattern, in the clinic's time; {@code skippedBecause} says why it is left out.
   */
  public record PatternShift(OffsetDateTime start, OffsetDateTime end, String skippedBecause) {}
}
