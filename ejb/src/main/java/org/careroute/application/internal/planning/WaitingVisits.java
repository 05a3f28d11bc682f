package org.careroute.application.internal.planning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.shared.GeoPoint;
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
final class WaitingVisits {

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

  private WaitingVisits() {}

  /** The visits of the day's home entries, first come first. */
  static List<WaitingVisit> of(WaitingDay day) {
    return day.each(CareSetting.HOME, entry -> visit(entry, day));
  }

  private static Optional<WaitingVisit> visit(WaitlistEntry entry, WaitingDay day) {
    TreatmentType treatment = entry.treatment();
    MonitoringLevel level = entry.patient().monitoringLevel().orElseThrow();
    Optional<GeoPoint> home = entry.patient().homeLocation();
    if (home.isEmpty()) {
      return Optional.empty();
    }
    List<Long> opens =
        WaitingDay.startsTheyCanCome(
            entry, CandidateWindows.homeArrivals(day.clinic(), day.key().day(), day.now()));
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
