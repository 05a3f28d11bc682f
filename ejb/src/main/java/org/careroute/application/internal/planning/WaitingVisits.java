package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.travel.Place;

/**
 * The day's waiting home patients as visits the optimizer may fit into the routes (back-fill): at
 * the patient's home, with the treatment's length and certifications for the patient's monitoring,
 * by the same care rules as a booking. The nurse may arrive from the first to the last start of the
 * home arrival windows (the ones availability offers) the patient can come at, so that the window
 * then offered, the one opening on or before the arrival found, is one they can take. Left out as
 * in {@link WaitingSessions}, and patients without a home address.
 */
@ApplicationScoped
public class WaitingVisits {

  @Inject WaitlistRepository waitlist;

  /** A waiting patient's visit before it has a place in the day's travel matrix. */
  record WaitingVisit(
      long entryId,
      GeoPoint home,
      long earliestArrival,
      long latestArrival,
      long serviceSeconds,
      Set<Certification> certifications) {

    HomeVisit at(Place place) {
      HomeVisit visit =
          new HomeVisit(
              WaitingSessions.ID_PREFIX + entryId,
              place,
              earliestArrival,
              latestArrival,
              serviceSeconds,
              certifications);
      visit.waitFor(entryId);
      return visit;
    }
  }

  public List<WaitingVisit> of(Clinic clinic, PlanKey key, Instant now) {
    return of(
        waitlist.waitingFor(clinic.id(), key.day()),
        waitlist.entriesOfferedRoomOn(clinic.id(), clinic.wholeDay(key.day())),
        clinic,
        key,
        now);
  }

  /** The visits of the {@code waiting} entries (first come first) but those in {@code letOneGo}. */
  static List<WaitingVisit> of(
      List<WaitlistEntry> waiting, List<Long> letOneGo, Clinic clinic, PlanKey key, Instant now) {
    List<WaitingVisit> visits = new ArrayList<>();
    for (WaitlistEntry entry : WaitingSessions.offerable(waiting, letOneGo, CareSetting.HOME)) {
      visit(entry, clinic, key, now).ifPresent(visits::add);
    }
    return visits;
  }

  private static Optional<WaitingVisit> visit(
      WaitlistEntry entry, Clinic clinic, PlanKey key, Instant now) {
    TreatmentType treatment = entry.treatment();
    MonitoringLevel level = entry.patient().monitoringLevel().orElse(null);
    Optional<GeoPoint> home = entry.patient().homeLocation();
    if (level == null
        || home.isEmpty()
        || !treatment.isActive()
        || !treatment.isOfferedIn(CareSetting.HOME)) {
      return Optional.empty();
    }
    List<Long> opens =
        CandidateWindows.homeArrivals(clinic, key.day(), now).stream()
            .map(TimeInterval::start)
            .filter(entry::canCome)
            .map(Instant::getEpochSecond)
            .toList();
    if (opens.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new WaitingVisit(
            entry.id(),
            home.get(),
            opens.get(0),
            opens.get(opens.size() - 1),
            treatment.occupancy().toSeconds(),
            CareRules.certificationsFor(treatment, CareSetting.HOME, level)));
  }
}
