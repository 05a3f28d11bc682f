package org.careroute.application.internal.practice;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.practice.AffectedBooking;
import org.careroute.application.practice.ShiftForm;
import org.careroute.application.practice.ShiftPatternForm;
import org.careroute.application.practice.ShiftPatternView;
import org.careroute.application.practice.ShiftPatternView.PatternShift;
import org.careroute.application.practice.ShiftService;
import org.careroute.application.practice.ShiftView;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultShiftService implements ShiftService {

  @Resource SessionContext session;

  /** Keeps the bookings a change would leave without a place placed, or refuses the change. */
  @Inject BookingReplacement replacement;

  /** The clinics, nurses and shifts a change names. */
  @Inject PracticeRecords records;

  @Inject ShiftRepository shifts;

  @Inject Clock clock;

  @Inject Event<RoomGained> roomGained;

  @Override
  public List<ShiftView> shiftsOf(long nurseId, LocalDate from, LocalDate to) {
    records.nurse(nurseId);
    // Days are the clinic's: fetch a day more on each side, whatever the zone, then keep the
    // shifts that start on one of the asked days where they are worked.
    ZoneId utc = ZoneId.of("UTC");
    return shifts
        .findOfNurse(
            nurseId,
            from.minusDays(1).atStartOfDay(utc).toInstant(),
            to.plusDays(2).atStartOfDay(utc).toInstant())
        .stream()
        .filter(
            s -> {
              LocalDate day = s.clinic().dayOf(s.hours().start());
              return !day.isBefore(from) && !day.isAfter(to);
            })
        .map(ShiftView::of)
        .toList();
  }

  @Override
  public ShiftView shift(long shiftId) {
    return ShiftView.of(records.shift(shiftId));
  }

  @Override
  public ShiftView addShift(long nurseId, ShiftForm form) {
    Nurse nurse = records.nurse(nurseId);
    TimeInterval hours = hours(form);
    if (shifts.nurseIsBooked(nurseId, hours, null)) {
      throw new BusinessConflictException("The nurse already has a shift at that time.");
    }
    Shift shift =
        new Shift(
            nurse,
            records.clinic(form.clinicId()),
            form.kind(),
            hours,
            form.breakStart() == null ? null : form.breakStart().toInstant(),
            breakMinutes(form),
            form.kitCapacity());
    shift.allowOvertime(form.overtimeAllowance());
    shifts.add(shift);
    gainedRoom(shift);
    return ShiftView.of(shift);
  }

  @Override
  public ShiftView updateShift(long shiftId, ShiftForm form) {
    Shift shift = records.shift(shiftId);
    TimeInterval hours = hours(form);
    if (shifts.nurseIsBooked(shift.nurse().id(), hours, shiftId)) {
      throw new BusinessConflictException("The nurse already has another shift at that time.");
    }
    Clinic clinicAfter = records.clinic(form.clinicId());
    replacement.lockDaysWorked(shift, clinicAfter, hours);
    shift.reschedule(
        clinicAfter,
        form.kind(),
        hours,
        form.breakStart() == null ? null : form.breakStart().toInstant(),
        breakMinutes(form),
        form.kitCapacity());
    shift.allowOvertime(form.overtimeAllowance());
    List<AffectedBooking> moved =
        replacement.keepPlaced(
            actor(),
            replacement.comingOfNurse(shift.nurse().id()),
            form.replacesBookings(),
            "This change of " + shift.nurse().fullName() + "'s shift");
    // Longer or moved, the shift may have room the waitlist can use.
    gainedRoom(shift);
    return ShiftView.of(shift).withMoved(moved);
  }

  @Override
  public ShiftView deleteShift(long shiftId, boolean replaceBookings) {
    Shift shift = records.shift(shiftId);
    ShiftView deleted = ShiftView.of(shift);
    replacement.lockDaysWorked(shift, shift.clinic(), shift.hours());
    shifts.remove(shift);
    // The guard of every change: the removal is flushed before the bookings are judged, and rolled
    // back with the refusal when they cannot all be placed elsewhere.
    List<AffectedBooking> moved =
        replacement.keepPlaced(
            actor(),
            replacement.comingOfNurse(shift.nurse().id()),
            replaceBookings,
            "Deleting " + shift.nurse().fullName() + "'s shift");
    return deleted.withMoved(moved);
  }

  @Override
  public ShiftPatternView previewPattern(long nurseId, ShiftPatternForm form) {
    WeeklyShiftPattern.Plan plan = plan(nurseId, form);
    return new ShiftPatternView(false, toPatternShifts(plan.created()), plan.skipped());
  }

  @Override
  public ShiftPatternView addPattern(long nurseId, ShiftPatternForm form) {
    WeeklyShiftPattern.Plan plan = plan(nurseId, form);
    plan.created().forEach(shifts::add);
    plan.created().forEach(this::gainedRoom);
    return new ShiftPatternView(true, toPatternShifts(plan.created()), plan.skipped());
  }

  private WeeklyShiftPattern.Plan plan(long nurseId, ShiftPatternForm form) {
    Nurse nurse = records.nurse(nurseId);
    Clinic clinic = records.clinic(form.clinicId());
    WeeklyShiftPattern pattern = new WeeklyShiftPattern(nurse, clinic, form);
    TimeInterval span = pattern.span();
    return pattern.plan(shifts.findOfNurse(nurseId, span.start(), span.end()), clock.instant());
  }

  private static List<PatternShift> toPatternShifts(List<Shift> created) {
    return created.stream().map(s -> WeeklyShiftPattern.day(s.hours(), s.clinic(), null)).toList();
  }

  private void gainedRoom(Shift shift) {
    roomGained.fire(
        RoomGained.on(shift.clinic().id(), shift.clinic().dayOf(shift.hours().start())));
  }

  /** Who is changing the practice, for the audit of the bookings the change moves. */
  private String actor() {
    return session.getCallerPrincipal().getName();
  }

  private static TimeInterval hours(ShiftForm form) {
    if (!form.end().isAfter(form.start())) {
      throw new InvalidRequestException("end", "A shift must end after it starts.");
    }
    return new TimeInterval(form.start().toInstant(), form.end().toInstant());
  }

  private static int breakMinutes(ShiftForm form) {
    return form.breakMinutes() == null ? 0 : form.breakMinutes();
  }
}
