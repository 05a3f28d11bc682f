package org.careroute.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Work nobody holds yet, given back after a claim, and how long it waits after failures. */
class WorkLeaseTest {

  private static final Instant NINE = Instant.parse("2030-03-04T09:00:00Z");

  private final WorkLease.Backoff backoff =
      new WorkLease.Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void newWorkIsDueWhenSaidAndHeldByNobody() {
    WorkLease lease = WorkLease.dueAt(NINE);

    assertThat(lease.nextAttemptAt()).isEqualTo(NINE);
    assertThat(lease.attempts()).isZero();
    assertThat(lease.holder()).isEmpty();
  }

  @Test
  void releasedWorkIsDueAgainWhenSaid() {
    WorkLease lease = WorkLease.dueAt(NINE);

    lease.release(NINE.plusSeconds(90));

    assertThat(lease.nextAttemptAt()).isEqualTo(NINE.plusSeconds(90));
    assertThat(lease.holder()).isEmpty();
  }

  @Test
  void theWaitDoublesAfterEachFailureUpToTheLongest() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(1920));
    assertThat(backoff.after(8)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aRowNeverClaimedWaitsTheFirstWaitAndOneFailingForDaysDoesNotOverflow() {
    assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(500)).isEqualTo(Duration.ofHours(1));
    assertThat(new WorkLease.Backoff(Duration.ofDays(1), Duration.ofDays(7)).after(60))
        .isEqualTo(Duration.ofDays(7));
  }
}
