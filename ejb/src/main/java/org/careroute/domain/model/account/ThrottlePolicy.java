package org.careroute.domain.model.account;

import java.time.Duration;

/**
 * How failed logins slow a subject (an account or a client address) down: the first {@code
 * freeFailures} cost nothing, each further one doubles the wait before the next attempt, starting
 * at {@code firstDelay}, and {@code maxFailures} lock the subject for {@code lockout}. Failures
 * older than {@code forgetAfter} no longer count.
 */
public record ThrottlePolicy(
    int freeFailures,
    Duration firstDelay,
    int maxFailures,
    Duration lockout,
    Duration forgetAfter) {

  public ThrottlePolicy {
    if (freeFailures < 0 || maxFailures < 1 || firstDelay.isNegative() || lockout.isNegative()) {
      throw new IllegalArgumentException("A throttle needs non-negative limits and delays.");
    }
  }

  /** How long after the last of {@code failures} failures the next attempt must wait. */
  public Duration waitAfter(int failures) {
    if (failures >= maxFailures) {
      return lockout;
    }
    if (failures <= freeFailures) {
      return Duration.ZERO;
    }
    // Doubling from the first delay; the shift is bounded so that it cannot overflow.
    int doublings = Math.min(failures - freeFailures - 1, 30);
    Duration wait = firstDelay.multipliedBy(1L << doublings);
    return wait.compareTo(lockout) > 0 ? lockout : wait;
  }

  public boolean locks(int failures) {
    return failures >= maxFailures;
  }
}
