package org.careroute.domain.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.shared.TimeInterval;

/**
 * Lays out the sessions of a series after its first: each on a day the gap to the one before
 * allows, at the free window closest to the first session's time of day. A search over the whole
 * series, not a greedy walk: when the earliest allowed day leads nowhere, a later one is tried. It
 * remembers the days from which the rest of the series cannot be placed, so asking it for many
 * first times costs little more than asking for one.
 */
public final class SeriesPathFinder {

  private final SeriesShape shape;
  private final ZoneId zone;
  private final Function<LocalDate, List<TimeInterval>> freeWindowsOn;
  private final Set<Step> deadEnds = new HashSet<>();

  /**
   * @param freeWindowsOn the windows a session could take on a day, which the patient is free for
   */
  public SeriesPathFinder(
      SeriesShape shape, ZoneId zone, Function<LocalDate, List<TimeInterval>> freeWindowsOn) {
    this.shape = shape;
    this.zone = zone;
    this.freeWindowsOn = freeWindowsOn;
  }

  /** Every session of the series, the given first one included, in order; or none if any fails. */
  public Optional<List<TimeInterval>> sessionsFrom(TimeInterval first) {
    List<TimeInterval> path = new ArrayList<>(List.of(first));
    LocalTime preferred = first.start().atZone(zone).toLocalTime();
    return extend(path, dayOf(first), preferred)
        ? Optional.of(List.copyOf(path))
        : Optional.empty();
  }

  private boolean extend(List<TimeInterval> path, LocalDate day, LocalTime preferred) {
    if (path.size() >= shape.sessions()) {
      return true;
    }
    Step here = new Step(path.size(), day);
    if (deadEnds.contains(here)) {
      return false;
    }
    for (LocalDate next = day.plusDays(shape.minGapDays());
        !next.isAfter(day.plusDays(shape.maxGapDays()));
        next = next.plusDays(1)) {
      Optional<TimeInterval> closest =
          freeWindowsOn.apply(next).stream()
              .min(Comparator.comparing(w -> distanceFrom(preferred, w)));
      if (closest.isPresent()) {
        path.add(closest.get());
        if (extend(path, next, preferred)) {
          return true;
        }
        path.remove(path.size() - 1);
      }
    }
    deadEnds.add(here);
    return false;
  }

  private LocalDate dayOf(TimeInterval window) {
    return window.start().atZone(zone).toLocalDate();
  }

  private Duration distanceFrom(LocalTime preferred, TimeInterval window) {
    return Duration.between(preferred, window.start().atZone(zone).toLocalTime()).abs();
  }

  /** The session with this many before it, placed on this day. */
  private record Step(int placedBefore, LocalDate day) {}
}
