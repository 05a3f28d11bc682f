package org.careroute.domain.service;

import java.util.List;
import java.util.Set;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.TimeInterval;

/**
 * Whether a booking's placement still stands after the practice changed: its chair in use, its
 * nurse active, certified by the care rules and on a fitting shift (clinic or field, at its clinic)
 * through the session and its observation, the nurse's break watched by the cover, and the cover
 * likewise. A booking whose placement no longer stands must be placed anew before the change is
 * made: a patient never holds a booking without a place.
 */
public final class PlacementStanding {

  private PlacementStanding() {}

  /**
   * Whether {@code booking}'s placement stands among {@code shifts} (the worked shifts around it).
   */
  public static boolean stands(Appointment booking, List<Shift> shifts) {
    TimeInterval occupied = booking.occupiedInterval().orElse(null);
    Nurse nurse = booking.nurse().orElse(null);
    if (occupied == null || nurse == null) {
      return true; // Not placed yet: nothing of its place to lose; the planner places it.
    }
    boolean clinic = booking.setting() == CareSetting.CLINIC;
    if (clinic && booking.chair().map(chair -> !chair.isActive()).orElse(true)) {
      return false;
    }
    Set<Certification> needed =
        CareRules.certificationsFor(
            booking.treatment(), booking.setting(), booking.monitoringLevel());
    ShiftKind kind = clinic ? ShiftKind.CLINIC : ShiftKind.FIELD;
    Shift shift = shiftOf(nurse, booking, kind, occupied, shifts);
    if (!canTreat(nurse, needed) || shift == null) {
      return false;
    }
    TimeInterval inBreak = shift.breakWithin(occupied).orElse(null);
    BreakCover cover = booking.breakCover().orElse(null);
    if (inBreak == null) {
      return true;
    }
    if (!clinic || cover == null || !cover.during().contains(inBreak)) {
      return false;
    }
    Shift coverShift = shiftOf(cover.nurse(), booking, kind, cover.during(), shifts);
    return canTreat(cover.nurse(), needed)
        && coverShift != null
        && coverShift.coversWithoutBreak(cover.during());
  }

  private static boolean canTreat(Nurse nurse, Set<Certification> needed) {
    return nurse.isActive() && nurse.holdsAll(needed);
  }

  /** The nurse's shift of the right kind at the booking's clinic that spans the interval. */
  private static Shift shiftOf(
      Nurse nurse, Appointment booking, ShiftKind kind, TimeInterval interval, List<Shift> shifts) {
    return shifts.stream()
        .filter(s -> FirstFitPlacer.sameRecord(s.nurse(), nurse, Nurse::id) && s.kind() == kind)
        .filter(s -> FirstFitPlacer.sameRecord(s.clinic(), booking.clinic(), Clinic::id))
        .filter(s -> !s.isCalledOff() && s.hours().contains(interval))
        .findFirst()
        .orElse(null);
  }
}
