package org.careroute.application.practice;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.careroute.application.TimeView;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;

/** A shift, in its clinic's time zone. */
public record ShiftView(
    Long id,
    Long nurseId,
    String nurseName,
    Long clinicId,
    ShiftKind kind,
    OffsetDateTime start,
    OffsetDateTime end,
    OffsetDateTime breakStart,
    int breakMinutes,
    Integer kitCapacity,
    int overtimeAllowanceMinutes,
    boolean calledOff,
    /** Bookings the change placed anew (another chair or nurse, the same time). */
    List<AffectedBooking> movedBookings) {

  public static ShiftView of(Shift s) {
    ZoneId zone = s.clinic().zone();
    return new ShiftView(
        s.id(),
        s.nurse().id(),
        s.nurse().fullName(),
        s.clinic().id(),
        s.kind(),
        TimeView.at(s.hours().start(), zone),
        TimeView.at(s.hours().end(), zone),
        s.breakTime().map(b -> TimeView.at(b.start(), zone)).orElse(null),
        s.breakMinutes(),
        s.kitCapacity().orElse(null),
        (int) s.overtimeAllowance().toMinutes(),
        s.isCalledOff(),
        List.of());
  }

  /** This view with the bookings the change placed anew. */
  public ShiftView withMoved(List<AffectedBooking> moved) {
    return new ShiftView(
        id,
        nurseId,
        nurseName,
        clinicId,
        kind,
        start,
        end,
        breakStart,
        breakMinutes,
        kitCapacity,
        overtimeAllowanceMinutes,
        calledOff,
        moved);
  }
}
