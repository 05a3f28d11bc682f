package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.application.internal.booking.DayRevision.ClinicStamp;
import org.careroute.application.internal.planning.DayProblemBuilder;
import org.careroute.application.internal.planning.KeptDay;
import org.careroute.domain.model.booking.CapacityRevisions;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.practice.PlanningGoalsRepository;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.planning.day.DayOptimizer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's kept days, by plan key (a clinic day now; a region day or a week could be a key
 * later): each day's facts and its scored working plan, read again when the day's revision moved on
 * (on any node: the revision is in the database), when time would change its problem, or when it is
 * older than {@code careroute.availability.kept-seconds} (edits of nurses and treatments bump no
 * revision). Offers come from here; a booking is judged under its lock on the day as committed, so
 * a kept day never promises a place twice.
 */
@ApplicationScoped
public class KeptDays {

  private record Kept(DayRevision revision, Instant keptAt, KeptDay day) {}

  @Inject CapacityRevisions revisions;

  @Inject ShiftRepository shifts;

  @Inject PlanningGoalsRepository goals;

  @Inject DayProblemBuilder builder;

  @Inject DayOptimizer optimizer;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.availability.kept-days", defaultValue = "200")
  int capacity;

  @Inject
  @ConfigProperty(name = "careroute.availability.kept-seconds", defaultValue = "60")
  long keptSeconds;

  private final Map<PlanKey, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * The clinic's days from {@code firstDay} to {@code lastDay}, as committed: read in a transaction
   * of their own, so that what the caller's transaction has not committed (the first sessions of a
   * series it is booking) is neither kept nor offered as if it were.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<KeptDay> days(Clinic clinic, LocalDate firstDay, LocalDate lastDay) {
    Map<LocalDate, Long> capacity = revisions.of(clinic.id(), firstDay, lastDay);
    ClinicStamp stamp = stamp(clinic);
    List<KeptDay> days = new ArrayList<>();
    for (LocalDate date = firstDay; !date.isAfter(lastDay); date = date.plusDays(1)) {
      days.add(
          day(
              new PlanKey(clinic.id(), date),
              new DayRevision(capacity.getOrDefault(date, 0L), stamp)));
    }
    return days;
  }

  /** What the clinic's days share, as committed; read with the days' revisions, before the days. */
  private ClinicStamp stamp(Clinic clinic) {
    return new ClinicStamp(
        shifts.stampAtClinic(clinic.id()),
        goals.current().version(),
        clinic.activeChairs().stream().map(Chair::id).toList());
  }

  /** The day kept at {@code revision}: the one kept here if it still stands, else read now. */
  private KeptDay day(PlanKey key, DayRevision revision) {
    Instant now = clock.instant();
    Kept found;
    synchronized (kept) {
      found = kept.get(key);
    }
    if (found != null
        && found.revision().equals(revision)
        && now.isBefore(found.day().stableUntil())
        && now.isBefore(found.keptAt().plus(Duration.ofSeconds(keptSeconds)))) {
      return found.day();
    }
    KeptDay day = builder.keep(builder.facts(key), optimizer);
    synchronized (kept) {
      kept.put(key, new Kept(revision, now, day));
      var oldest = kept.keySet().iterator();
      while (kept.size() > capacity && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
    return day;
  }
}
