package org.careroute.application.internal.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.calendar.CalendarEntry;
import org.careroute.application.calendar.CalendarFeedLink;
import org.careroute.application.calendar.CalendarService;
import org.careroute.application.calendar.CalendarWriter;
import org.careroute.application.calendar.PatientCalendarEntries;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.internal.access.NeedToKnow;
import org.careroute.application.internal.patient.PatientAccess;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.AccessDeniedException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultCalendarService implements CalendarService {

  /** How far a nurse's feed looks back and ahead. */
  private static final Duration NURSE_PAST = Duration.ofDays(14);

  private static final Duration NURSE_AHEAD = Duration.ofDays(90);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserAccountRepository accounts;

  @Inject PatientRepository patients;

  @Inject NurseRepository nurses;

  @Inject AppointmentRepository appointments;

  @Inject PatientAccess patientAccess;

  @Inject CalendarWriter writer;

  @Inject AuditRecorder audit;

  @Inject NeedToKnow needToKnow;

  @Inject Clock clock;

  @Override
  public String appointmentCalendar(Caller caller, long appointmentId) {
    Appointment appointment = patientAccess.visibleAppointment(caller, appointmentId);
    audit.record(caller, AuditAction.READ, "Appointment", appointment.id());
    return writer.write("CareRoute booking", List.of(PatientCalendarEntries.of(appointment)));
  }

  @Override
  public boolean hasFeed(Caller caller) {
    return account(caller).hasCalendarFeed();
  }

  @Override
  public CalendarFeedLink renewFeed(Caller caller) {
    UserAccount account = account(caller);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    account.useCalendarFeed(FeedSecrets.hash(text));
    audit.record(caller, AuditAction.UPDATE, "CalendarFeed", account.id());
    return new CalendarFeedLink(text);
  }

  @Override
  public void revokeFeed(Caller caller) {
    UserAccount account = account(caller);
    account.revokeCalendarFeed();
    audit.record(caller, AuditAction.CANCEL, "CalendarFeed", account.id());
  }

  @Override
  public String feed(String secret) {
    UserAccount account =
        accounts
            .findByCalendarFeedHash(FeedSecrets.hash(secret))
            .orElseThrow(() -> new RecordNotFoundException("calendar", "behind this link"));
    audit.record(account.login(), AuditAction.READ, "CalendarFeed", account.id());
    if (account.roles().contains(Role.NURSE)) {
      TimeInterval period =
          new TimeInterval(clock.instant().minus(NURSE_PAST), clock.instant().plus(NURSE_AHEAD));
      return nurses
          .findByEmail(account.login())
          .map(
              nurse -> {
                List<CalendarEntry> entries = new ArrayList<>();
                // The feed carries no reason: it holds only visits still on the nurse's care.
                Instant now = clock.instant();
                appointments.findOfNurse(nurse.id(), period).stream()
                    .filter(a -> needToKnow.keepsOnCare(nurse, a, now))
                    .forEach(a -> entries.add(visitEntry(a)));
                appointments.findCoveredBy(nurse.id(), period).stream()
                    .filter(a -> needToKnow.keepsOnCare(nurse, a, now))
                    .forEach(a -> entries.add(coverEntry(a)));
                return writer.write("CareRoute visits", entries);
              })
          .orElseThrow(() -> new RecordNotFoundException("nurse record", "of this calendar"));
    }
    return patients
        .findByLogin(account.login())
        .map(
            patient ->
                writer.write(
                    "CareRoute bookings",
                    appointments.findOfPatient(patient.id()).stream()
                        .filter(
                            a ->
                                a.status() != AppointmentStatus.REQUESTED
                                    || a.plannedStart().isPresent())
                        .map(PatientCalendarEntries::of)
                        .toList()))
        .orElseThrow(() -> new RecordNotFoundException("patient record", "of this calendar"));
  }

  private UserAccount account(Caller caller) {
    if (!caller.has(Role.PATIENT) && !caller.has(Role.NURSE)) {
      throw new AccessDeniedException("Calendar feeds are for patients and nurses.");
    }
    return accounts
        .findByLogin(caller.login())
        .orElseThrow(() -> new RecordNotFoundException("account", caller.login()));
  }

  /** What the nurse's calendar app may hold: where and what, but no patient's name. */
  private static CalendarEntry visitEntry(Appointment a) {
    boolean home = a.setting() == CareSetting.HOME;
    Instant start = a.plannedStart().orElse(a.window().start());
    String summary =
        (home ? "Home visit: " : "Clinic: ")
            + a.treatment().name()
            + a.chair().map(c -> ", " + c.label()).orElse("");
    String location = home ? a.patient().homeAddress() : a.clinic().address();
    return new CalendarEntry(
        PatientCalendarEntries.uid(a),
        start,
        start.plus(a.occupancy()),
        summary,
        location,
        a.monitoringLevel()
            + " monitoring. Open CareRoute for the patient's details. Visit "
            + a.id()
            + ".",
        a.status() == AppointmentStatus.CANCELLED);
  }

  /**
   * A colleague's clinic patient watched during the colleague's break: its own event, beside the
   * colleague's.
   */
  private static CalendarEntry coverEntry(Appointment a) {
    TimeInterval during = a.breakCover().orElseThrow().during();
    return new CalendarEntry(
        "cover-" + a.id() + "@careroute",
        during.start(),
        during.end(),
        "Clinic cover: " + a.treatment().name() + a.chair().map(c -> ", " + c.label()).orElse(""),
        a.clinic().address(),
        a.monitoringLevel() + " monitoring during a colleague's break. Visit " + a.id() + ".",
        a.status() == AppointmentStatus.CANCELLED);
  }
}
