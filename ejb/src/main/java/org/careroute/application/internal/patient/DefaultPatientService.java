package org.careroute.application.internal.patient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.access.NeedToKnow;
import org.careroute.application.internal.mail.AccountMail;
import org.careroute.application.patient.PatientMatch;
import org.careroute.application.patient.PatientMatches;
import org.careroute.application.patient.PatientProfile;
import org.careroute.application.patient.PatientQuery;
import org.careroute.application.patient.PatientRegistration;
import org.careroute.application.patient.PatientService;
import org.careroute.application.patient.PatientView;
import org.careroute.application.patient.RegistrationReceipt;
import org.careroute.application.patient.ScreeningSubmission;
import org.careroute.application.patient.ScreeningView;
import org.careroute.domain.model.account.PasswordHasher;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.model.patient.PatientSearch;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.service.Geocoder;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPatientService implements PatientService {

  static final String RECORD_TYPE = "Patient";

  /** Registrations name the account by its login: a refused one has no patient record. */
  static final String ACCOUNT_RECORD_TYPE = "Login";

  @Inject PatientRepository patients;

  @Inject UserAccountRepository accounts;

  @Inject PasswordHasher passwordHasher;

  @Inject PatientAccess access;

  @Inject NeedToKnow needToKnow;

  @Inject AuditRecorder audit;

  @Inject AccountMail accountMail;

  @Inject Clock clock;

  @Inject Geocoder geocoder;

  @Override
  public RegistrationReceipt register(PatientRegistration registration) {
    String login = registration.email().strip().toLowerCase(java.util.Locale.ROOT);
    // Both paths hash the password and locate the address, so that neither answers faster.
    String passwordHash = passwordHasher.hash(registration.password().toCharArray());
    PatientDetails details = located(registration.profile());
    if (accounts.exists(login)) {
      audit.record(
          login,
          AuditAction.REFUSE,
          ACCOUNT_RECORD_TYPE,
          login,
          "registered again: already exists");
      accountMail.registeredAgain(login);
      return RegistrationReceipt.of(login);
    }
    accounts.add(new UserAccount(login, passwordHash, EnumSet.of(Role.PATIENT)));
    Patient patient = new Patient(login, details);
    patients.add(patient);
    audit.record(login, AuditAction.CREATE, RECORD_TYPE, patient.id());
    return RegistrationReceipt.of(login);
  }

  @Override
  public PatientView profileOf(Caller caller) {
    Patient patient = access.self(caller);
    audit.record(caller, AuditAction.READ, RECORD_TYPE, patient.id());
    return PatientView.of(patient);
  }

  @Override
  public PatientView updateProfile(Caller caller, PatientProfile profile) {
    Patient patient = access.self(caller);
    patient.update(located(profile));
    audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, patient.id());
    return PatientView.of(patient);
  }

  /**
   * An address given without coordinates (by a client without a map) is located by the practice's
   * geocoder; one it cannot find is kept without a location.
   */
  private PatientDetails located(PatientProfile profile) {
    PatientDetails details = profile.toDetails();
    if (details.streetAddress() == null || details.homeLocation() != null) {
      return details;
    }
    return geocoder
        .locate(details.streetAddress())
        .map(found -> details.withHomeLocation(found.point(), found.approximate()))
        .orElse(details);
  }

  @Override
  public ScreeningView submitScreening(Caller caller, ScreeningSubmission submission) {
    Patient patient = access.self(caller);
    Screening screening =
        new Screening(
            patient,
            submission.toAnswers(),
            clock.instant().atZone(clock.getZone()).toLocalDate(),
            clock.instant());
    patients.addScreening(screening);
    patient.screened(screening);
    audit.record(caller, AuditAction.CREATE, "Screening", screening.id());
    return ScreeningView.of(screening, access.zoneOf(patient));
  }

  @Override
  public PatientMatches search(Caller caller, PatientQuery query) {
    if (!caller.arrangesBookings()) {
      throw new AccessDeniedException("Only dispatchers and admins search for patients.");
    }
    PatientSearch parsed = PatientSearch.of(query.search());
    int limit = query.limitOrDefault();
    // One more than asked for says whether there are more without counting them all.
    List<Patient> found = patients.search(parsed, limit + 1);
    List<Patient> shown = found.subList(0, Math.min(limit, found.size()));
    shown.forEach(p -> audit.record(caller, AuditAction.READ, RECORD_TYPE, p.id()));
    return new PatientMatches(shown.stream().map(PatientMatch::of).toList(), found.size() > limit);
  }

  @Override
  public PatientView patient(Caller caller, long patientId) {
    if (!caller.isStaff()) {
      throw new AccessDeniedException("Only staff may look up patients.");
    }
    Patient patient =
        patients
            .find(patientId)
            .orElseThrow(() -> new RecordNotFoundException("patient", patientId));
    needToKnow.requireForPatient(caller, patient, RECORD_TYPE, patient.id());
    audit.record(caller, AuditAction.READ, RECORD_TYPE, patient.id());
    return PatientView.of(patient);
  }
}
