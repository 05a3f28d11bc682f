package org.careroute.application.internal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careroute.application.AccessReasonRequiredException;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one home of the nurses' need-to-know rule. A nurse reads a patient's records only while the
 * patient is on her care: a booking of the patient is hers or one she covers in a colleague's
 * break, coming or at most {@code careroute.access.nurse-care-days} past, or the patient is booked
 * today at a clinic where she works today (its chairs or its routes). Otherwise she must "break the
 * glass": give a reason, which is audited with who, what and when; without one she is refused, and
 * the refusal is audited. Dispatchers, clinicians and admins are not bound by it.
 */
@ApplicationScoped
public class NeedToKnow {

  @Inject NurseRepository nurses;

  @Inject AppointmentRepository appointments;

  @Inject ShiftRepository shifts;

  @Inject AuditRecorder audit;

  @Inject RefusedReadAudit refusals;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.access.nurse-care-days", defaultValue = "14")
  int careDays;

  /** Lets the caller read a record of {@code patient}, or refuses (403) and audits the refusal. */
  public void requireForPatient(
      Caller caller, Patient patient, String recordType, Object recordId) {
    if (!boundByCare(caller)) {
      return;
    }
    Optional<Nurse> nurse = nurses.findByEmail(caller.login());
    if (nurse.isPresent() && onCare(nurse.get(), patient)) {
      return;
    }
    requireReason(caller, recordType, List.of(recordId));
  }

  /**
   * Lets a nurse read her own {@code visits} (her day): those no longer on her care (long past)
   * need a reason as any other patient's.
   */
  public void requireForVisits(Caller caller, Nurse nurse, List<Appointment> visits) {
    if (!boundByCare(caller)) {
      return;
    }
    Instant now = clock.instant();
    List<Long> offCare =
        visits.stream().filter(a -> !keepsOnCare(nurse, a, now)).map(Appointment::id).toList();
    if (!offCare.isEmpty()) {
      requireReason(caller, "Appointment", offCare);
    }
  }

  /** Whether the nurse's own booking {@code a} still keeps its patient on her care. */
  public boolean keepsOnCare(Nurse nurse, Appointment a, Instant now) {
    return a.status() != AppointmentStatus.CANCELLED
        && startOf(a).isAfter(now.minus(Duration.ofDays(careDays)))
        && (a.nurse().map(n -> n.id().equals(nurse.id())).orElse(false)
            || a.breakCover().map(c -> c.nurse().id().equals(nurse.id())).orElse(false));
  }

  private boolean onCare(Nurse nurse, Patient patient) {
    Instant now = clock.instant();
    List<Appointment> ofPatient =
        appointments.findOfPatient(patient.id()).stream()
            .filter(a -> a.status() != AppointmentStatus.CANCELLED)
            .toList();
    if (ofPatient.stream().anyMatch(a -> keepsOnCare(nurse, a, now))) {
      return true;
    }
    List<Shift> workedToday =
        shifts
            .findOfNurse(nurse.id(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)))
            .stream()
            .filter(s -> !s.isCalledOff())
            .filter(s -> s.clinic().dayOf(s.hours().start()).equals(s.clinic().dayOf(now)))
            .toList();
    return ofPatient.stream()
        .anyMatch(
            a ->
                workedToday.stream()
                    .anyMatch(
                        s -> {
                          LocalDate today = s.clinic().dayOf(now);
                          return s.clinic().id().equals(a.clinic().id())
                              && a.clinic().dayOf(startOf(a)).equals(today);
                        }));
  }

  private void requireReason(Caller caller, String recordType, List<?> recordIds) {
    String reason = caller.accessReason();
    if (reason == null
        || reason.length() < AccessReasonRequiredException.MIN_LENGTH
        || reason.length() > AccessReasonRequiredException.MAX_LENGTH) {
      recordIds.forEach(id -> refusals.refused(caller, recordType, id));
      throw new AccessReasonRequiredException(
          (reason == null
                  ? "This patient is not on your care (your visits, your covers, or your clinic's"
                      + " visits today)."
                  : "The reason given is too short or too long.")
              + " To read it anyway, give your reason in "
              + AccessReasonRequiredException.MIN_LENGTH
              + " to "
              + AccessReasonRequiredException.MAX_LENGTH
              + " characters (header "
              + AccessReasonRequiredException.HEADER
              + " or parameter "
              + AccessReasonRequiredException.PARAMETER
              + "); it is recorded with your name.");
    }
    recordIds.forEach(
        id -> audit.recordWithReason(caller, AuditAction.BREAK_GLASS, recordType, id, reason));
  }

  /** Nurses who hold no role that reads the whole practice. */
  private static boolean boundByCare(Caller caller) {
    return caller.has(Role.NURSE)
        && !caller.has(Role.DISPATCHER)
        && !caller.has(Role.CLINICIAN)
        && !caller.has(Role.ADMIN);
  }

  private static Instant startOf(Appointment a) {
    return a.plannedStart().orElse(a.window().start());
  }
}
