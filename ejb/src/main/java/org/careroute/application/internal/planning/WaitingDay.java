package org.careroute.application.internal.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.shared.TimeInterval;

/**
 * The waiting entries of a clinic's day a place could be offered to, read once for both settings
 * (first come first): screened for booking, and not among those that let a place of this day go.
 * Clinic sessions ({@link WaitingSessions}) and home visits ({@link WaitingVisits}) are made of it.
 */
record WaitingDay(Clinic clinic, PlanKey key, Instant now, List<WaitlistEntry> offerable) {

  /** The day of the {@code waiting} entries but those in {@code letOneGo}, as of {@code now}. */
  static WaitingDay of(
      List<WaitlistEntry> waiting, List<Long> letOneGo, Clinic clinic, PlanKey key, Instant now) {
    return new WaitingDay(
        clinic,
        key,
        now,
        waiting.stream()
            .filter(WaitlistEntry::screenedForBooking)
            .filter(e -> !letOneGo.contains(e.id()))
            .toList());
  }

  /**
   * The entries waiting for {@code setting} whose monitoring is known (the care rules need it) and
   * whose treatment is still given there.
   */
  List<WaitlistEntry> in(CareSetting setting) {
    return offerable.stream()
        .filter(e -> e.setting() == setting)
        .filter(e -> e.patient().monitoringLevel().isPresent())
        .filter(e -> e.treatment().isActive() && e.treatment().isOfferedIn(setting))
        .toList();
  }

  /**
   * What {@code make} makes of each entry waiting for {@code setting}, first come first; none for
   * an entry it makes nothing of.
   */
  <T> List<T> each(CareSetting setting, Function<WaitlistEntry, Optional<T>> make) {
    return in(setting).stream().map(make).flatMap(Optional::stream).toList();
  }

  /** The starts of {@code windows} that {@code entry}'s patient can come at, in epoch seconds. */
  static List<Long> startsTheyCanCome(WaitlistEntry entry, List<TimeInterval> windows) {
    return windows.stream()
        .map(TimeInterval::start)
        .filter(entry::canCome)
        .map(Instant::getEpochSecond)
        .toList();
  }
}
