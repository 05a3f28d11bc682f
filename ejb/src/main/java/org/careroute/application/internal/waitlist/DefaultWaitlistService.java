package org.careroute.application.internal.waitlist;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentView;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.patient.PatientAccess;
import org.careroute.application.waitlist.JoinWaitlist;
import org.careroute.application.waitlist.WaitlistEntryView;
import org.careroute.application.waitlist.WaitlistOfferView;
import org.careroute.application.waitlist.WaitlistService;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.treatment.TreatmentTypeRepository;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultWaitlistService implements WaitlistService {

  static final String RECORD_TYPE = "WaitlistEntry";

  @Inject WaitlistRepository waitlist;

  @Inject ClinicRepository clinics;

  @Inject TreatmentTypeRepository treatments;

  @Inject PatientAccess patientAccess;

  @Inject OfferAnswers answers;

  @Inject WaitlistViews views;

  @Inject AuditRecorder audit;

  @Inject Clock clock;

  @Override
  public WaitlistEntryView join(Caller caller, JoinWaitlist join) {
    Patient patient = patientAccess.bookingFor(caller, join.patientId());
    TreatmentType treatment =
        treatments
            .find(join.treatmentId())
            .orElseThrow(() -> new RecordNotFoundException("treatment", join.treatmentId()));
    Clinic clinic =
        clinics
            .find(join.clinicId())
            .orElseThrow(() -> new RecordNotFoundException("clinic", join.clinicId()));
    WaitlistEntry entry =
        new WaitlistEntry(
            patient,
            treatment,
            clinic,
            join.setting(),
            join.firstDay(),
            join.lastDay(),
            join.earliest(),
            join.latest(),
            clock.instant());
    if (waitlist.findOfPatient(patient.id()).stream().anyMatch(e -> e.alreadyCovers(entry))) {
      throw new BusinessConflictException(
          (caller.arrangesBookings() ? patient.fullName() + " is" : "You are")
              + " already on the waitlist for "
              + treatment.name()
              + " on some of these days; remove that place first to change it.");
    }
    waitlist.add(entry);
    audit.record(caller, AuditAction.CREATE, RECORD_TYPE, entry.id());
    return views.of(entry);
  }

  @Override
  public List<WaitlistEntryView> mine(Caller caller) {
    Patient patient = patientAccess.self(caller);
    List<WaitlistEntry> found = waitlist.findOfPatient(patient.id());
    found.forEach(e -> audit.record(caller, AuditAction.READ, RECORD_TYPE, e.id()));
    return found.stream().map(views::of).toList();
  }

  @Override
  public void remove(Caller caller, long entryId) {
    WaitlistEntry entry =
        waitlist
            .find(entryId)
            .filter(e -> e.status() != WaitlistEntry.Status.REMOVED)
            .filter(e -> caller.arrangesBookings() || isOwn(caller, e))
            .orElseThrow(() -> new RecordNotFoundException("waitlist entry", entryId));
    // An offer held for the patient now runs out as any other and passes on then.
    entry.remove();
    audit.record(caller, AuditAction.DELETE, RECORD_TYPE, entry.id());
  }

  private boolean isOwn(Caller caller, WaitlistEntry entry) {
    return entry.patient().accountLogin().equals(caller.login());
  }

  @Override
  public List<WaitlistEntryView> day(Caller caller, Long clinicId, LocalDate day) {
    if (!caller.arrangesBookings()) {
      throw new AccessDeniedException("Only dispatchers and admins see a day's waitlist.");
    }
    List<WaitlistEntry> found = waitlist.openOn(clinicId, day);
    found.forEach(e -> audit.record(caller, AuditAction.READ, RECORD_TYPE, e.id()));
    return found.stream().map(views::of).toList();
  }

  @Override
  public WaitlistOfferView offer(String token) {
    return views.offer(token);
  }

  @Override
  // Each step commits on its own: a booking refused because the place was taken rolls back alone,
  // and the offer is then ended and passed on.
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AppointmentView accept(String token) {
    try {
      return answers.accept(token);
    } catch (OfferAnswers.OfferEnded ended) {
      throw ended;
    } catch (BusinessConflictException refused) {
      answers.end(token, WaitlistOffer.Status.TAKEN);
      throw new BusinessConflictException(
          "This place was taken meanwhile; you keep your place on the waitlist.");
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void decline(String token) {
    if (!answers.end(token, WaitlistOffer.Status.DECLINED)) {
      throw new BusinessConflictException("This offer has already ended.");
    }
  }
}
