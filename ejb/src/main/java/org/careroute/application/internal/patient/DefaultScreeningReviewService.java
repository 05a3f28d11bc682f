package org.careroute.application.internal.patient;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.mail.ScreeningMail;
import org.careroute.application.patient.ScreeningApproval;
import org.careroute.application.patient.ScreeningDecision;
import org.careroute.application.patient.ScreeningReviewService;
import org.careroute.application.patient.ScreeningView;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningStatus;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultScreeningReviewService implements ScreeningReviewService {

  @Inject PatientRepository patients;

  @Inject AppointmentRepository appointments;

  @Inject AuditRecorder audit;

  @Inject ScreeningMail mail;

  @Inject Clock clock;

  @Inject PatientAccess access;

  @Inject Event<AppointmentChanged> changes;

  @Override
  public List<ScreeningView> withStatus(Caller caller, ScreeningStatus status) {
    requireReviewer(caller);
    List<Screening> found = patients.findScreeningsWithStatus(status);
    found.forEach(s -> audit.record(caller, AuditAction.READ, "Screening", s.id()));
    Map<Long, ZoneId> zones = access.zonesOf(found.stream().map(Screening::patient).toList());
    return found.stream().map(s -> ScreeningView.of(s, zones.get(s.patient().id()))).toList();
  }

  @Override
  public ScreeningView approve(Caller caller, long screeningId, ScreeningApproval approval) {
    requireReviewer(caller);
    if (approval.allowHomeTreatment() && !caller.has(Role.ADMIN)) {
      throw new AccessDeniedException(
          "Only an admin may allow an ENHANCED patient to be treated at home.");
    }
    Screening screening = newestHeld(screeningId);
    screening.approve(caller.login(), clock.instant());
    screening.patient().allowHomeTreatment(approval.allowHomeTreatment());
    List<Appointment> held = appointments.findOfPatient(screening.patient().id());
    held.forEach(a -> a.confirm());
    mail.approved(
        screening.patient(),
        held.stream().filter(a -> a.status() == AppointmentStatus.BOOKED).toList());
    audit.record(caller, AuditAction.APPROVE, "Screening", screening.id());
    return ScreeningView.of(screening, access.zoneOf(screening.patient()));
  }

  @Override
  public ScreeningView decline(Caller caller, long screeningId, ScreeningDecision decision) {
    requireReviewer(caller);
    Screening screening = newestHeld(screeningId);
    screening.decline(caller.login(), decision.reason().strip(), clock.instant());
    for (Appointment held : appointments.findOfPatient(screening.patient().id())) {
      if (held.status() == AppointmentStatus.REQUESTED) {
        held.cancel();
        audit.record(caller, AuditAction.CANCEL, "Appointment", held.id());
        changes.fire(AppointmentChanged.of(held));
      }
    }
    mail.declined(screening.patient());
    audit.record(caller, AuditAction.DECLINE, "Screening", screening.id());
    return ScreeningView.of(screening, access.zoneOf(screening.patient()));
  }

  /** The screening, which must be its patient's newest: an older one was answered again since. */
  private Screening newestHeld(long screeningId) {
    Screening screening =
        patients
            .findScreening(screeningId)
            .orElseThrow(() -> new RecordNotFoundException("screening", screeningId));
    if (screening
        .patient()
        .currentScreening()
        .map(s -> !s.id().equals(screening.id()))
        .orElse(true)) {
      throw new BusinessConflictException(
          "The patient has answered the screening again since; review the newest one.");
    }
    return screening;
  }

  private static void requireReviewer(Caller caller) {
    if (!caller.has(Role.CLINICIAN) && !caller.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only clinicians and admins review screenings.");
    }
  }
}
