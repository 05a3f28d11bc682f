package org.careroute.application.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.careroute.domain.model.staff.ShiftKind;

/**
 * The same shift on some weekdays, for a number of weeks from the week of {@code firstWeek}; times
 * are the clinic's.
 */
public record ShiftPatternForm(
    @NotNull(message = "Choose the clinic.") Long clinicId,
    @NotNull(message = "Choose CLINIC or FIELD.") ShiftKind kind,
    @NotEmpty(message = "Tick at least one weekday.") Set<DayOfWeek> weekdays,
    @NotNull(message = "Give the start.") LocalTime start,
    @NotNull(message = "Give the end.") LocalTime end,
    LocalTime breakStart,
    @Min(value = 0, message = "A break cannot be negative.")
        @Max(value = 120, message = "A break is at most 120 minutes.")
        Integer breakMinutes,
    @Min(value = 1, message = "A nurse carries at least one kit.") Integer kitCapacity,
    @Min(value = 0, message = "Overtime cannot be negative.")
        @Max(value = 240, message = "Overtime is at most 240 minutes.")
        Integer overtimeAllowanceMinutes,
    @NotNull(message = "Give a day of the first week.") LocalDate firstWeek,
    @NotNull(message = "Give the number of weeks.")
        @Min(value = 1, message = "A pattern runs for at least 1 week.")
        @Max(value = 12, message = "A pattern runs for at most 12 weeks at a time.")
        Integer weeks) {

  public int breakLength() {
    return breakMinutes == null ? 0 : breakMinutes;
  }

  public Duration overtimeAllowance() {
    return Duration.ofMinutes(overtimeAllowanceMinutes == null ? 0 : overtimeAllowanceMinutes);
  }
}
