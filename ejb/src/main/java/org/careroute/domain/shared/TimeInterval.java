package org.careroute.domain.shared;

import java.time.Duration;
import java.time.Instant;

/** A half-open interval of time, [start, end). */
public record TimeInterval(Instant start, Instant end) {

  public TimeInterval {
    if (start == null || end == null || end.isBefore(start)) {
      throw new IllegalArgumentException("An interval needs a start and an end that is not before it.");
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

  public Duration length() {
    return Duration.between(start, end);
  }
}
