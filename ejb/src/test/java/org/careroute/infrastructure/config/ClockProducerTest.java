package org.careroute.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

  private static ClockProducer producer(boolean movable) {
    ClockProducer producer = new ClockProducer();
    producer.movable = movable;
    return producer;
  }

  @Test
  void withoutTheTestPropertyTheApplicationGetsTheSystemClockAndNothingMovesIt() {
    ClockProducer production = producer(false);
    Clock clock = production.clock();

    assertThat(clock).isEqualTo(Clock.systemUTC());
    assertThat(production.movable()).isFalse();
    assertThatThrownBy(() -> production.moveTo(Instant.parse("2030-01-01T00:00:00Z")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(clock.instant()).isBefore(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void aMovableClockShowsTheMovedTimeToEveryClockItProducedUntilItIsReset() {
    ClockProducer test = producer(true);
    Clock producedEarlier = test.clock();
    Instant target = Instant.parse("2030-01-01T00:00:00Z");

    test.moveTo(target);

    assertThat(producedEarlier.instant()).isBetween(target, target.plus(Duration.ofMinutes(1)));
    assertThat(test.clock().instant()).isBetween(target, target.plus(Duration.ofMinutes(1)));
    test.reset();
    assertThat(producedEarlier.instant()).isBefore(target);
  }
}
