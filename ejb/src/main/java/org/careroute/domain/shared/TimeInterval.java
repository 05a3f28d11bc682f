package org.careroute.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A half-open interval of time, [start, end). */
public record TimeInterval(Instant start, Instant end) {

  public TimeInterval {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException(
          "An interval needs a start and an end that is not before it.");
    }
  }

  public static TimeInterval of(Instant start, Duration length) {
    return new TimeInterval(start, start.plus(length));
  }

  public boolean overlaps(TimeInterval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public boolean contains(TimeInterval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** The time both intervals share, if any. */
  public Optional<TimeInterval> intersection(TimeInterval other) {
    Instant from = start.isAfter(other.start) ? start : other.start;
    Instant to = end.isBefore(other.end) ? end : other.end;
    return from.isBefore(to) ? Optional.of(new TimeInterval(from, to)) : Optional.empty();
  }

  /** This interval with {@code hole} taken out: nothing, one piece or two, in order. */
  public List<TimeInterval> minus(TimeInterval hole) {
    List<TimeInterval> pieces = new ArrayList<>(2);
    if (start.isBefore(hole.start)) {
      pieces.add(new TimeInterval(start, hole.start.isBefore(end) ? hole.start : end));
    }
    if (hole.end.isBefore(end)) {
      pieces.add(new TimeInterval(hole.end.isAfter(start) ? hole.end : start, end));
    }
    return pieces;
  }

  public Duration length() {
    return Duration.between(start, end);
  }
}
