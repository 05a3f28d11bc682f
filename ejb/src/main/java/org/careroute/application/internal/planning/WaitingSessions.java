package org.careroute.application.internal.planning;

import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.planning.clinic.domain.ClinicSession;

/**
 * The clinic day's waiting patients as sessions the optimizer may fill in (back-fill): each with
 * its treatment's length and certifications and the patient's monitoring, by the same care rules as
 * a booking, and the day's bookable starts (the ones availability offers) the patient can come at.
 * Left out: home visits ({@link WaitingVisits}), and whom the {@link WaitingDay} leaves out.
 */
final class WaitingSessions {

  static final String ID_PREFIX = "waiting-";

  private WaitingSessions() {}

  /** The sessions of the day's clinic entries, first come first. */
  static List<ClinicSession> of(WaitingDay day) {
    return day.each(CareSetting.CLINIC, entry -> session(entry, day));
  }

  private static Optional<ClinicSession> session(WaitlistEntry entry, WaitingDay day) {
    TreatmentType treatment = entry.treatment();
    MonitoringLevel level = entry.patient().monitoringLevel().orElseThrow();
    List<Long> starts =
        WaitingDay.startsTheyCanCome(
            entry,
            CandidateWindows.clinicStarts(
                day.clinic(), day.key().day(), treatment.occupancy(), day.now()));
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    ClinicSession session =
        new ClinicSession(
            ID_PREFIX + entry.id(),
            day.clinic().id(),
            starts.get(0),
            treatment.occupancy().toSeconds(),
            level == MonitoringLevel.ENHANCED,
            CareRules.certificationsFor(treatment, CareSetting.CLINIC, level));
    session.waitFor(entry.id(), starts);
    return Optional.of(session);
  }
}
