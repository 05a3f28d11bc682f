package org.careroute.application.internal.visit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.access.NeedToKnow;
import org.careroute.application.visit.NurseDayService;
import org.careroute.application.visit.VisitProgress;
import org.careroute.application.visit.VisitView;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;
import org.eclipse.microprofile.config.inject.ConfigProperty;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultNurseDayService implements NurseDayService {

  private static final String RECORD_TYPE = "Appointment";

  /** Wider than any time zone's offset, so that every clinic's calendar day falls inside. */
  private static final Duration ZONE_MARGIN = Duration.ofHours(15);

  @Inject NurseRepository nurses;

  @Inject AppointmentRepository appointments;

  @Inject AuditRecorder audit;

  @Inject NeedToKnow needToKnow;

  @Inject Clock clock;

  @Inject Event<AppointmentChanged> changes;

  /** For how many minutes the nurse can take back a mark made by mistake. */
  @Inject
  @ConfigProperty(name = "careroute.visits.undo-minutes", defaultValue = "5")
  int undoMinutes;

  /** A session finishing before this share of its planned length needs the nurse's confirmation. */
  @Inject
  @ConfigProperty(name = "careroute.visits.early-finish-percent", defaultValue = "75")
  int earlyFinishPercent;

  @Override
  public List<VisitView> day(Caller caller, LocalDate day) {
    Nurse nurse = self(caller);
    TimeInterval around =
        new TimeInterval(
            day.atStartOfDay().toInstant(ZoneOffset.UTC).minus(ZONE_MARGIN),
            day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(ZONE_MARGIN));
    List<Appointment> visits = new ArrayList<>(appointments.findOfNurse(nurse.id(), around));
    visits.addAll(appointments.findCoveredBy(nurse.id(), around));
    List<Appointment> ofTheDay =
        visits.stream()
            .filter(a -> a.clinic().dayOf(whenWith(a, nurse)).equals(day))
            .sorted(
                Comparator.comparing((Appointment a) -> whenWith(a, nurse))
                    .thenComparing(Appointment::id))
            .toList();
    needToKnow.requireForVisits(caller, nurse, ofTheDay);
    ofTheDay.forEach(a -> audit.record(caller, AuditAction.READ, RECORD_TYPE, a.id()));
    Instant now = clock.instant();
    return ofTheDay.stream().map(a -> VisitView.of(a, nurse, now, undoWindow())).toList();
  }

  /**
   * When the nurse is with the patient: from the planned start, or from the colleague's break for a
   * cover.
   */
  private static Instant whenWith(Appointment a, Nurse nurse) {
    return a.breakCover()
        .filter(c -> c.nurse().id().equals(nurse.id()))
        .map(c -> c.during().start())
        .orElseGet(() -> a.plannedStart().orElseThrow());
  }

  @Override
  public VisitView record(Caller caller, long appointmentId, VisitProgress progress) {
    Nurse nurse = self(caller);
    Appointment visit = ownVisit(nurse, appointmentId);
    var now = clock.instant();
    switch (progress.step()) {
      case ARRIVED -> visit.arrive(now);
      case STARTED -> visit.startSession(now);
      case FINISHED -> visit.finish(now, earlyFinishPercent, progress.earlyConfirmed());
    }
    return changed(caller, visit, nurse, now);
  }

  @Override
  public VisitView undo(Caller caller, long appointmentId) {
    Nurse nurse = self(caller);
    Appointment visit = ownVisit(nurse, appointmentId);
    var now = clock.instant();
    visit.undoLastMark(now, undoWindow());
    return changed(caller, visit, nurse, now);
  }

  /** The nurse's own visit: a colleague's is not found, as if it did not exist. */
  private Appointment ownVisit(Nurse nurse, long appointmentId) {
    return appointments
        .find(appointmentId)
        .filter(a -> a.nurse().map(n -> n.id().equals(nurse.id())).orElse(false))
        .orElseThrow(() -> new RecordNotFoundException("visit", appointmentId));
  }

  /** Audits the change and tells re-planning about it. */
  private VisitView changed(Caller caller, Appointment visit, Nurse nurse, Instant now) {
    audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, visit.id());
    changes.fire(AppointmentChanged.of(visit));
    return VisitView.of(visit, nurse, now, undoWindow());
  }

  private Duration undoWindow() {
    return Duration.ofMinutes(undoMinutes);
  }

  private Nurse self(Caller caller) {
    if (!caller.has(Role.NURSE)) {
      throw new AccessDeniedException("Only nurses have a day of visits.");
    }
    return nurses
        .findByEmail(caller.login())
        .orElseThrow(() -> new RecordNotFoundException("nurse record", "of " + caller.login()));
  }
}
