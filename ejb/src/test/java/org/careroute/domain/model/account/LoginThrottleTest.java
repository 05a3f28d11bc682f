package org.careroute.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final ThrottlePolicy POLICY =
      new ThrottlePolicy(3, Duration.ofSeconds(1), 10, Duration.ofMinutes(15), Duration.ofHours(1));

  private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

  @Test
  void theFreeFailuresCostNoWaitThenEachFurtherOneDoublesIt() {
    assertThat(POLICY.waitAfter(0)).isZero();
    assertThat(POLICY.waitAfter(3)).isZero();
    assertThat(POLICY.waitAfter(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(POLICY.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(POLICY.waitAfter(9)).isEqualTo(Duration.ofSeconds(32));
  }

  @Test
  void theMaximumOfFailuresLocksForTheLockoutAndNoDoublingExceedsIt() {
    assertThat(POLICY.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
    ThrottlePolicy longRun =
        new ThrottlePolicy(0, Duration.ofSeconds(1), 100, Duration.ofMinutes(15), Duration.ZERO);
    assertThat(longRun.waitAfter(99)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aSubjectMustWaitOutTheDelayOfItsLastFailure() {
    LoginThrottle throttle = throttleWith(4, T0);

    assertThat(throttle.waitAt(T0.plusMillis(400), POLICY)).isEqualTo(Duration.ofMillis(600));
    assertThat(throttle.waitAt(T0.plusSeconds(1), POLICY)).isZero();
  }

  @Test
  void theFailureThatReachesTheMaximumLocksAndSaysSoOnce() {
    LoginThrottle throttle = throttleWith(9, T0);

    assertThat(throttle.failedAt(T0.plusSeconds(60), POLICY)).isTrue();
    assertThat(throttle.waitAt(T0.plusSeconds(60 + 60), POLICY)).isEqualTo(Duration.ofMinutes(14));
  }

  @Test
  void aRunOutLockoutStartsTheCountAfresh() {
    LoginThrottle throttle = throttleWith(10, T0);

    assertThat(throttle.failedAt(T0.plus(Duration.ofMinutes(16)), POLICY)).isFalse();
    assertThat(throttle.failures()).isEqualTo(1);
  }

  @Test
  void failuresOlderThanTheMemoryAreForgotten() {
    LoginThrottle throttle = throttleWith(8, T0);

    assertThat(throttle.waitAt(T0.plus(Duration.ofMinutes(61)), POLICY)).isZero();
    throttle.failedAt(T0.plus(Duration.ofMinutes(61)), POLICY);
    assertThat(throttle.failures()).isEqualTo(1);
  }

  @Test
  void accountsAreCountedWhateverTheCaseAndSpacesOfTheLogin() {
    assertThat(LoginThrottle.account(" Ada@Example.com ")).isEqualTo("account:ada@example.com");
    assertThat(LoginThrottle.address("10.0.0.7")).isEqualTo("address:10.0.0.7");
  }

  private static LoginThrottle throttleWith(int failures, Instant last) {
    LoginThrottle throttle = new LoginThrottle(LoginThrottle.account("ada@example.com"), last);
    for (int i = 0; i < failures; i++) {
      throttle.failedAt(last, POLICY);
    }
    return throttle;
  }
}
