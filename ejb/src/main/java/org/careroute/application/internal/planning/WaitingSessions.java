package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.planning.clinic.domain.ClinicSession;

/**
 * The clinic day's waiting patients as sessions the optimizer may fill in (back-fill): each with
 * its treatment's length and certifications and the patient's monitoring, by the same care rules as
 * a booking, and the day's bookable starts (the ones availability offers) the patient can come at.
 * Left out: home visits ({@link WaitingVisits}), patients whose screening waits for a clinician,
 * patients holding an offer (they are not waiting), and patients who let a place of this day go.
 */
@ApplicationScoped
public class WaitingSessions {

  static final String ID_PREFIX = "waiting-";

  @Inject WaitlistRepository waitlist;

  public List<ClinicSession> of(Clinic clinic, PlanKey key, Instant now) {
    return of(
        waitlist.waitingFor(clinic.id(), key.day()),
        waitlist.entriesOfferedRoomOn(clinic.id(), clinic.wholeDay(key.day())),
        clinic,
        key,
        now);
  }

  /**
   * The sessions of the {@code waiting} entries (first come first) but those in {@code letOneGo}.
   */
  static List<ClinicSession> of(
      List<WaitlistEntry> waiting, List<Long> letOneGo, Clinic clinic, PlanKey key, Instant now) {
    List<ClinicSession> sessions = new ArrayList<>();
    for (WaitlistEntry entry : offerable(waiting, letOneGo, CareSetting.CLINIC)) {
      session(entry, clinic, key, now).ifPresent(sessions::add);
    }
    return sessions;
  }

  /**
   * The {@code waiting} entries (first come first) of {@code setting} a place could be offered to:
   * screened for booking, and not among {@code letOneGo}.
   */
  static List<WaitlistEntry> offerable(
      List<WaitlistEntry> waiting, List<Long> letOneGo, CareSetting setting) {
    return waiting.stream()
        .filter(e -> e.setting() == setting)
        .filter(WaitlistEntry::screenedForBooking)
        .filter(e -> !letOneGo.contains(e.id()))
        .toList();
  }

  private static Optional<ClinicSession> session(
      WaitlistEntry entry, Clinic clinic, PlanKey key, Instant now) {
    TreatmentType treatment = entry.treatment();
    MonitoringLevel level = entry.patient().monitoringLevel().orElse(null);
    if (level == null || !treatment.isActive() || !treatment.isOfferedIn(CareSetting.CLINIC)) {
      return Optional.empty();
    }
    List<Long> starts =
        CandidateWindows.clinicStarts(clinic, key.day(), treatment.occupancy(), now).stream()
            .map(w -> w.start())
            .filter(entry::canCome)
            .map(Instant::getEpochSecond)
            .toList();
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    ClinicSession session =
        new ClinicSession(
            ID_PREFIX + entry.id(),
            clinic.id(),
            starts.get(0),
            treatment.occupancy().toSeconds(),
            level == MonitoringLevel.ENHANCED,
            CareRules.certificationsFor(treatment, CareSetting.CLINIC, level));
    session.waitFor(entry.id(), starts);
    return Optional.of(session);
  }
}
