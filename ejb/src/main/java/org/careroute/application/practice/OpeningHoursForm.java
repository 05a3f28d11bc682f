package org.careroute.application.practice;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period, in the clinic's local time, such as MONDAY 08:00 to 18:00. */
public record OpeningHoursForm(
    @NotNull(message = "Give the day of the week, such as MONDAY.") DayOfWeek dayOfWeek,
    @NotNull(message = "Give the opening time, such as 08:00.") LocalTime opens,
    @NotNull(message = "Give the closing time, such as 18:00.") LocalTime closes) {

  @AssertTrue(message = "The clinic must close after it opens.")
  public boolean isOrdered() {
    return opens == null || closes == null || closes.isAfter(opens);
  }
}
