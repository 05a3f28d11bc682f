package org.careroute.application.internal.planning;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.planning.DayEvent;
import org.careroute.application.planning.DayEventKind;
import org.careroute.application.planning.DayEventResult;
import org.careroute.application.planning.DayEventService;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.RecordNotFoundException;
import org.careroute.domain.shared.TimeInterval;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultDayEventService implements DayEventService {

  private static final String RECORD_TYPE = "Appointment";

  @Inject ClinicRepository clinics;

  @Inject NurseRepository nurses;

  @Inject ShiftRepository shifts;

  @Inject AppointmentRepository appointments;

  @Inject DayAppointments dayAppointments;

  @Inject AuditRecorder audit;

  @Inject Clock clock;

  @Inject Event<AppointmentChanged> changes;

  @Inject Event<NurseCalledOff> calledOff;

  @Inject Event<RoomGained> roomGained;

  @Inject PlanJobs planJobs;

  @Inject ClinicDayLocks dayLocks;

  @Inject ClusterNode node;

  @Override
  public DayEventResult record(Caller caller, PlanKey key, DayEvent event) {
    // A sick call, an overrun or a no-show changes what the day's bookings are judged against:
    // bookings of the day wait for it, the clinic's other days do not.
    dayLocks.lock(key.clinicId(), List.of(key.day()));
    return switch (event.kind()) {
      case NURSE_SICK -> nurseSick(caller, key, event.nurseId());
      case NURSE_BACK -> nurseBack(caller, key, event.nurseId());
      case VISIT_OVERRAN -> {
        Appointment appointment = dayAppointments.find(key, event.appointmentId());
        appointment.overrun(event.minutes());
        boolean intoBreak = runsIntoBreakUncovered(key, appointment);
        if (intoBreak) {
          appointment.releaseCover();
        }
        yield changed(
            caller,
            event.kind(),
            List.of(appointment),
            "Appointment "
                + appointment.id()
                + " takes "
                + event.minutes()
                + " minutes longer."
                + (intoBreak
                    ? " It now runs into the nurse's break: optimise to find a colleague to watch the patient."
                    : ""));
      }
      case NO_SHOW -> {
        Appointment appointment = dayAppointments.find(key, event.appointmentId());
        appointment.markNoShow();
        yield changed(
            caller,
            event.kind(),
            List.of(appointment),
            "Appointment " + appointment.id() + " is a no-show: its time is free.");
      }
    };
  }

  /**
   * Calls off the nurse's shifts of the day at this clinic and frees the bookings still to come
   * from them; what has started stays with the nurse who started it.
   */
  private DayEventResult nurseSick(Caller caller, PlanKey key, long nurseId) {
    Clinic clinic = clinicOf(key);
    Nurse nurse = nurse(nurseId);
    TimeInterval day = clinic.wholeDay(key.day());
    List<Shift> called =
        shifts.findAtClinic(clinic.id(), day).stream()
            .filter(s -> s.nurse().id().equals(nurse.id()))
            .toList();
    if (called.isEmpty()) {
      throw new RecordNotFoundException("shift of " + nurse.fullName() + " on this day", key.day());
    }
    called.forEach(Shift::callOff);
    // A running solve still counts on the nurse's shifts: it starts again without them once this
    // commits.
    // A plan stored by any node still counts on the nurse: set aside with the sick call, so that
    // it can never be published; solves on other nodes re-plan without her.
    planJobs.setAside(key);
    planJobs.changed(key.clinicId(), node.name());
    calledOff.fire(new NurseCalledOff(key));
    Instant now = clock.instant();
    List<Appointment> freed =
        appointments.findOfNurse(nurse.id(), day).stream()
            .filter(a -> a.clinic().id().equals(clinic.id()))
            .filter(
                a ->
                    a.status() == AppointmentStatus.BOOKED
                        || a.status() == AppointmentStatus.REQUESTED)
            .filter(a -> a.plannedStart().map(s -> !s.isBefore(now)).orElse(true))
            .toList();
    freed.forEach(Appointment::releaseNurse);
    List<Appointment> uncovered =
        appointments.findCoveredBy(nurse.id(), day).stream()
            .filter(a -> a.clinic().id().equals(clinic.id()))
            .filter(
                a ->
                    a.status() == AppointmentStatus.BOOKED
                        || a.status() == AppointmentStatus.REQUESTED
                        || a.status() == AppointmentStatus.CHECKED_IN)
            .filter(a -> a.breakCover().map(c -> !c.during().start().isBefore(now)).orElse(false))
            .toList();
    uncovered.forEach(Appointment::releaseCover);
    audit.record(caller, AuditAction.UPDATE, "Nurse", nurse.id());
    List<Appointment> affected = new ArrayList<>(freed);
    affected.addAll(uncovered);
    // Audited one by one, but not handed to a running solve one by one: the called-off day is
    // solved again whole (NurseCalledOff), and a session change queued in a solve that is being
    // stopped can keep OptaPlanner 10.2's final best-solution consumer waiting for ever.
    affected.forEach(a -> audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, a.id()));
    return result(
        DayEventKind.NURSE_SICK,
        affected,
        nurse.fullName()
            + " is off sick: "
            + freed.size()
            + " bookings need another nurse"
            + (uncovered.isEmpty()
                ? ""
                : "; "
                    + uncovered.size()
                    + (uncovered.size() == 1 ? " clinic patient needs" : " clinic patients need")
                    + " someone else to watch them through a colleague's break")
            + ". Optimise to re-plan them from now.");
  }

  private Clinic clinicOf(PlanKey key) {
    return clinics
        .find(key.clinicId())
        .orElseThrow(() -> new RecordNotFoundException("clinic", key.clinicId()));
  }

  private Nurse nurse(long nurseId) {
    return nurses.find(nurseId).orElseThrow(() -> new RecordNotFoundException("nurse", nurseId));
  }

  /** Counts the nurse's called-off shifts of the day at this clinic again. */
  private DayEventResult nurseBack(Caller caller, PlanKey key, long nurseId) {
    Clinic clinic = clinicOf(key);
    Nurse nurse = nurse(nurseId);
    TimeInterval day = clinic.wholeDay(key.day());
    List<Shift> calledOffShifts =
        shifts.findOfNurse(nurse.id(), day.start(), day.end()).stream()
            .filter(s -> s.clinic().id().equals(clinic.id()) && s.isCalledOff())
            .toList();
    if (calledOffShifts.isEmpty()) {
      throw new BusinessConflictException(
          nurse.fullName() + " was not called off sick on this day at this clinic.");
    }
    calledOffShifts.forEach(Shift::resume);
    // As with the sick call: stored and running plans of the day counted without the nurse.
    planJobs.setAside(key);
    planJobs.changed(key.clinicId(), node.name());
    calledOff.fire(new NurseCalledOff(key));
    roomGained.fire(RoomGained.on(clinic.id(), key.day()));
    audit.record(caller, AuditAction.UPDATE, "Nurse", nurse.id());
    return result(
        DayEventKind.NURSE_BACK,
        List.of(),
        nurse.fullName() + " is back: their shifts of the day count again. Optimise to use them.");
  }

  /** Whether a clinic session now runs into its nurse's break beyond what its cover spans. */
  private boolean runsIntoBreakUncovered(PlanKey key, Appointment appointment) {
    TimeInterval occupied = appointment.occupiedInterval().orElse(null);
    if (occupied == null
        || appointment.nurse().isEmpty()
        || appointment.setting() != CareSetting.CLINIC) {
      return false;
    }
    Long nurseId = appointment.nurse().get().id();
    return shifts.findAtClinic(key.clinicId(), occupied).stream()
        .filter(
            s ->
                s.kind() == ShiftKind.CLINIC
                    && s.nurse().id().equals(nurseId)
                    && !s.hours().start().isAfter(occupied.start())
                    && s.hours().end().isAfter(occupied.start()))
        .flatMap(s -> s.breakWithin(occupied).stream())
        .anyMatch(
            inBreak -> appointment.breakCover().map(c -> !c.during().equals(inBreak)).orElse(true));
  }

  private DayEventResult changed(
      Caller caller, DayEventKind kind, List<Appointment> affected, String summary) {
    affected.forEach(
        a -> {
          audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, a.id());
          changes.fire(AppointmentChanged.of(a));
        });
    return result(kind, affected, summary);
  }

  private static DayEventResult result(
      DayEventKind kind, List<Appointment> affected, String summary) {
    return new DayEventResult(kind, affected.stream().map(Appointment::id).toList(), summary);
  }
}
