package org.careroute.domain.model.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.careroute.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SeriesTest {

  private static Series series(int sessions, int minGap, int maxGap) {
    return new Series(null, null, null, null, sessions, minGap, maxGap, Instant.EPOCH);
  }

  @Test
  void consecutiveSessionsKeepTheGapInCalendarDays() {
    Series series = series(6, 2, 4);
    LocalDate first = LocalDate.of(2027, 1, 4);
    assertThat(series.gapAllowed(first, first.plusDays(1))).isFalse();
    assertThat(series.gapAllowed(first, first.plusDays(2))).isTrue();
    assertThat(series.gapAllowed(first, first.plusDays(4))).isTrue();
    assertThat(series.gapAllowed(first, first.plusDays(5))).isFalse();
  }

  @Test
  void aSeriesHasASensibleLengthAndGap() {
    assertThatThrownBy(() -> series(0, 1, 2)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> series(Series.MAX_SESSIONS + 1, 1, 2))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> series(3, 5, 4)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> series(3, 0, 4)).isInstanceOf(InvalidRequestException.class);
    assertThat(series(Series.MAX_SESSIONS, 1, Series.MAX_GAP_DAYS).sessionCount())
        .isEqualTo(Series.MAX_SESSIONS);
  }

  @Test
  void aMovedSessionMayTakeOnlyTheDaysThatKeepTheGapToBothNeighbours() {
    SeriesShape shape = new SeriesShape(3, 2, 4);
    LocalDate previous = LocalDate.of(2027, 1, 4);
    LocalDate next = previous.plusDays(7);

    SeriesShape.Days days = shape.daysBetween(previous, next);

    assertThat(days).isEqualTo(new SeriesShape.Days(previous.plusDays(3), previous.plusDays(4)));
    assertThat(shape.daysBetween(null, next))
        .isEqualTo(new SeriesShape.Days(next.minusDays(4), next.minusDays(2)));
    assertThat(shape.daysBetween(previous, previous.plusDays(9)).isEmpty()).isTrue();
  }
}
