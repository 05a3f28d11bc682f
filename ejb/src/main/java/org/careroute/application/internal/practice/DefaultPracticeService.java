package org.careroute.application.internal.practice;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.practice.AffectedBooking;
import org.careroute.application.practice.ChairForm;
import org.careroute.application.practice.ClinicForm;
import org.careroute.application.practice.ClinicView;
import org.careroute.application.practice.NurseForm;
import org.careroute.application.practice.NurseView;
import org.careroute.application.practice.PracticeService;
import org.careroute.application.practice.TreatmentForm;
import org.careroute.application.practice.TreatmentView;
import org.careroute.domain.model.account.PasswordHasher;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.treatment.TreatmentTypeRepository;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultPracticeService implements PracticeService {

  @Resource SessionContext session;

  /** Keeps the bookings a change would leave without a place placed, or refuses the change. */
  @Inject BookingReplacement replacement;

  /** The clinics, nurses and shifts a change names. */
  @Inject PracticeRecords records;

  @Inject ClinicRepository clinics;

  @Inject Event<RoomGained> roomGained;

  @Inject Clock clock;

  @Inject NurseRepository nurses;

  @Inject TreatmentTypeRepository treatments;

  @Inject UserAccountRepository accounts;

  @Inject PasswordHasher passwordHasher;

  @Override
  public List<ClinicView> clinics() {
    return clinics.findAll().stream().map(ClinicView::of).toList();
  }

  @Override
  public ClinicView clinic(long clinicId) {
    return ClinicView.of(records.clinic(clinicId));
  }

  @Override
  public ClinicView createClinic(ClinicForm form) {
    Clinic clinic =
        new Clinic(
            form.name(),
            form.address(),
            new GeoPoint(form.latitude(), form.longitude()),
            zone(form.zoneId()),
            openingHours(form));
    clinic.changePhone(form.phone());
    clinics.add(clinic);
    return ClinicView.of(clinic);
  }

  @Override
  public ClinicView updateClinic(long clinicId, ClinicForm form) {
    Clinic clinic = records.clinic(clinicId);
    clinic.update(
        form.name(),
        form.address(),
        new GeoPoint(form.latitude(), form.longitude()),
        zone(form.zoneId()),
        openingHours(form));
    clinic.changePhone(form.phone());
    return ClinicView.of(clinic);
  }

  @Override
  public ClinicView addChair(long clinicId, ChairForm form) {
    Clinic clinic = records.clinic(clinicId);
    Chair chair = clinic.addChair(form.label().strip());
    if (Boolean.FALSE.equals(form.active())) {
      chair.update(chair.label(), false);
    }
    return ClinicView.of(clinic);
  }

  @Override
  public ClinicView updateChair(long clinicId, long chairId, ChairForm form) {
    Chair chair =
        clinics
            .findChair(clinicId, chairId)
            .orElseThrow(() -> new RecordNotFoundException("chair", chairId));
    boolean wasInUse = chair.isActive();
    chair.clinic().changeChair(chair, form.label().strip(), !Boolean.FALSE.equals(form.active()));
    List<AffectedBooking> moved =
        replacement.keepPlaced(
            actor(),
            replacement.comingAtClinic(clinicId).stream()
                .filter(a -> a.chair().map(c -> c.id().equals(chairId)).orElse(false))
                .toList(),
            form.replacesBookings(),
            chair.label() + (chair.isActive() ? " as changed" : " going out of use"));
    if (chair.isActive() && !wasInUse) {
      // Back in use: its coming days have room.
      Clinic clinic = chair.clinic();
      roomGained.fire(RoomGained.coming(clinic.id(), clinic.dayOf(clock.instant())));
    }
    return ClinicView.of(chair.clinic()).withMoved(moved);
  }

  @Override
  public List<NurseView> nurses() {
    return nurses.findAll().stream().map(NurseView::of).toList();
  }

  @Override
  public NurseView nurse(long nurseId) {
    return NurseView.of(records.nurse(nurseId));
  }

  @Override
  public NurseView createNurse(NurseForm form) {
    String login = form.email().strip().toLowerCase(java.util.Locale.ROOT);
    if (nurses.findByEmail(login).isPresent() || accounts.exists(login)) {
      throw new BusinessConflictException("Someone with this email address is already registered.");
    }
    Nurse nurse =
        new Nurse(
            form.fullName().strip(),
            login,
            certifications(form),
            new GeoPoint(form.homeLatitude(), form.homeLongitude()));
    nurses.add(nurse);
    if (form.password() != null) {
      accounts.add(
          new UserAccount(
              login, passwordHasher.hash(form.password().toCharArray()), EnumSet.of(Role.NURSE)));
    }
    return NurseView.of(nurse);
  }

  @Override
  public NurseView updateNurse(long nurseId, NurseForm form) {
    Nurse nurse = records.nurse(nurseId);
    if (!nurse.email().equalsIgnoreCase(form.email().strip())) {
      throw new InvalidRequestException(
          "email", "A nurse's email address is the login and cannot be changed.");
    }
    nurse.update(
        form.fullName().strip(),
        certifications(form),
        new GeoPoint(form.homeLatitude(), form.homeLongitude()),
        !Boolean.FALSE.equals(form.active()));
    List<AffectedBooking> moved =
        replacement.keepPlaced(
            actor(),
            replacement.comingOfNurse(nurseId),
            form.replacesBookings(),
            "This change of " + nurse.fullName());
    return NurseView.of(nurse).withMoved(moved);
  }

  /** Who is changing the practice, for the audit of the bookings the change moves. */
  private String actor() {
    return session.getCallerPrincipal().getName();
  }

  @Override
  public List<TreatmentView> treatments(boolean includeInactive) {
    return treatments.findAll().stream()
        .filter(t -> includeInactive || t.isActive())
        .map(TreatmentView::of)
        .toList();
  }

  @Override
  public TreatmentView createTreatment(TreatmentForm form) {
    if (treatments.findByCode(form.code()).isPresent()) {
      throw new BusinessConflictException(
          "A treatment with the code " + form.code() + " already exists.");
    }
    TreatmentType treatment =
        new TreatmentType(
            form.code(),
            form.name().strip(),
            form.modality(),
            Duration.ofMinutes(form.sessionMinutes()),
            Duration.ofMinutes(form.observationMinutes()),
            form.settings(),
            form.requiredCertifications());
    treatments.add(treatment);
    return TreatmentView.of(treatment);
  }

  @Override
  public TreatmentView updateTreatment(long treatmentId, TreatmentForm form) {
    TreatmentType treatment =
        treatments
            .find(treatmentId)
            .orElseThrow(() -> new RecordNotFoundException("treatment", treatmentId));
    if (!treatment.code().equals(form.code())) {
      throw new InvalidRequestException("code", "A treatment's code cannot be changed.");
    }
    treatment.update(
        form.name().strip(),
        form.modality(),
        Duration.ofMinutes(form.sessionMinutes()),
        Duration.ofMinutes(form.observationMinutes()),
        form.settings(),
        form.requiredCertifications(),
        !Boolean.FALSE.equals(form.active()));
    return TreatmentView.of(treatment);
  }

  private static ZoneId zone(String zoneId) {
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw new InvalidRequestException(
          "zoneId", "Unknown time zone " + zoneId + "; use one such as America/Los_Angeles.");
    }
  }

  private static List<OpeningHours> openingHours(ClinicForm form) {
    return form.openingHours().stream()
        .map(h -> new OpeningHours(h.dayOfWeek(), h.opens(), h.closes()))
        .toList();
  }

  private static EnumSet<org.careroute.domain.model.staff.Certification> certifications(
      NurseForm form) {
    return form.certifications().isEmpty()
        ? EnumSet.noneOf(org.careroute.domain.model.staff.Certification.class)
        : EnumSet.copyOf(form.certifications());
  }
}
