package org.careroute.application.visit;

import jakarta.validation.constraints.NotNull;

/**
 * The step the nurse has just taken at a visit. {@code confirmEarly} says that a session finishing
 * well before its planned length really is over; leave it out otherwise.
 */
public record VisitProgress(
    @NotNull(message = "Say ARRIVED, STARTED or FINISHED.") VisitStep step, Boolean confirmEarly) {

  public boolean earlyConfirmed() {
    return Boolean.TRUE.equals(confirmEarly);
  }
}
