package org.careroute.application.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.careroute.domain.model.staff.ShiftKind;

/** A shift: where (a clinic's chairs, or its field routes), when, and the break. */
public record ShiftForm(
    @NotNull(message = "Choose the clinic.") Long clinicId,
    @NotNull(message = "Choose CLINIC or FIELD.") ShiftKind kind,
    @NotNull(message = "Give the start.") OffsetDateTime start,
    @NotNull(message = "Give the end.") OffsetDateTime end,
    OffsetDateTime breakStart,
    @Min(value = 0, message = "A break cannot be negative.")
        @Max(value = 120, message = "A break is at most 120 minutes.")
        Integer breakMinutes,
    @Min(value = 1, message = "A nurse carries at least one kit.") Integer kitCapacity,
    @Min(value = 0, message = "Overtime cannot be negative.")
        @Max(value = 240, message = "Overtime is at most 240 minutes.")
        Integer overtimeAllowanceMinutes,
    /** Confirms that bookings the change would leave without a place be placed anew. */
    Boolean replaceBookings) {

  public boolean replacesBookings() {
    return Boolean.TRUE.equals(replaceBookings);
  }

  /** Minutes a field route may run past the shift's end; none when not given. */
  public java.time.Duration overtimeAllowance() {
    return java.time.Duration.ofMinutes(
        overtimeAllowanceMinutes == null ? 0 : overtimeAllowanceMinutes);
  }
}
