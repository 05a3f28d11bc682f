package org.careroute.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void secondsMinutesAndHoursReadAsThePracticeSaysThem() {
    assertThat(Durations.words(40)).isEqualTo("40 s");
    assertThat(Durations.words(12 * 60 + 10)).isEqualTo("12 min");
    assertThat(Durations.words(6990)).isEqualTo("1 h 57 min");
    assertThat(Durations.words(7200)).isEqualTo("2 h");
  }
}
