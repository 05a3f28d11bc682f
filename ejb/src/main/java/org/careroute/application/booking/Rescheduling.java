package org.careroute.application.booking;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The new window for an appointment, with the version the caller last saw. */
public record Rescheduling(
    @NotNull(message = "Choose the new time.") OffsetDateTime windowStart,
    OffsetDateTime windowEnd,
    Long expectedVersion) {

  @AssertTrue(message = "The window must not end before it starts.")
  public boolean isWindowOrdered() {
    return windowStart == null || windowEnd == null || !windowEnd.isBefore(windowStart);
  }
}
