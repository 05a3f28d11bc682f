package org.careroute.application.session;

import java.time.Duration;

/**
 * Whether a password may be checked now: {@code retryAfter} is zero when it may, else how long the
 * caller must wait. {@code accountHasFailures} says whether a success has failures to forget.
 */
public record LoginAdmission(Duration retryAfter, boolean accountHasFailures) {

  public boolean admitted() {
    return retryAfter.isZero();
  }
}
