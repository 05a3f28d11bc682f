package org.careroute.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginSessionTest {

  static final Instant LOGIN = Instant.parse("2026-12-01T08:00:00Z");
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LIFETIME = Duration.ofHours(12);

  private final LoginSession session =
      new LoginSession("hash", "nurse@example.com", Set.of("NURSE", "CLINICIAN"), LOGIN, LIFETIME);

  @Test
  void keepsTheRolesItLoggedInWith() {
    assertThat(session.roles()).containsExactlyInAnyOrder("NURSE", "CLINICIAN");
  }

  @Test
  void endsAfterTheIdleTimeoutUnlessUsed() {
    assertThat(session.isActiveAt(LOGIN.plus(Duration.ofMinutes(29)), IDLE)).isTrue();
    assertThat(session.isActiveAt(LOGIN.plus(IDLE), IDLE)).isFalse();

    session.seenAt(LOGIN.plus(Duration.ofMinutes(20)), Duration.ofMinutes(1));
    assertThat(session.isActiveAt(LOGIN.plus(Duration.ofMinutes(45)), IDLE)).isTrue();
  }

  @Test
  void endsAtItsLifetimeHoweverOftenItIsUsed() {
    for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
      session.seenAt(LOGIN.plus(Duration.ofMinutes(minutes)), Duration.ofMinutes(1));
    }
    assertThat(session.isActiveAt(LOGIN.plus(LIFETIME).minusSeconds(1), IDLE)).isTrue();
    assertThat(session.isActiveAt(LOGIN.plus(LIFETIME), IDLE)).isFalse();
  }

  @Test
  void recordsUseAtMostOnceAMinuteSoThatMostRequestsOnlyRead() {
    assertThat(session.seenAt(LOGIN.plusSeconds(30), Duration.ofMinutes(1))).isFalse();
    assertThat(session.lastSeenAt()).isEqualTo(LOGIN);
    assertThat(session.seenAt(LOGIN.plusSeconds(61), Duration.ofMinutes(1))).isTrue();
    assertThat(session.lastSeenAt()).isEqualTo(LOGIN.plusSeconds(61));
  }
}
