package org.careroute.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careroute.domain.model.booking.SeriesShape;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

class SeriesPathFinderTest {

  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  private static TimeInterval at(int day, int hour) {
    var start = MONDAY.plusDays(day).atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    return new TimeInterval(start, start);
  }

  private static SeriesPathFinder finder(
      SeriesShape shape, Map<Integer, List<Integer>> hoursOnDay) {
    return new SeriesPathFinder(
        shape,
        ZONE,
        date -> {
          int day = (int) (date.toEpochDay() - MONDAY.toEpochDay());
          List<TimeInterval> windows = new ArrayList<>();
          hoursOnDay.getOrDefault(day, List.of()).forEach(hour -> windows.add(at(day, hour)));
          return windows;
        });
  }

  @Test
  void aLaterDayIsTriedWhenTheEarliestAllowedOneLeadsNowhere() {
    // From day 2 the next session would need day 4 or 5, both full; day 3 leads on to day 6.
    var free = Map.of(2, List.of(9), 3, List.of(9), 6, List.of(9));

    var sessions = finder(new SeriesShape(3, 2, 3), free).sessionsFrom(at(0, 9));

    assertThat(sessions).contains(List.of(at(0, 9), at(3, 9), at(6, 9)));
  }

  @Test
  void eachNextSessionTakesTheWindowClosestToTheFirstSessionsTimeOfDay() {
    var free = Map.of(2, List.of(8, 13, 16), 4, List.of(9, 11));

    var sessions = finder(new SeriesShape(3, 2, 2), free).sessionsFrom(at(0, 12));

    assertThat(sessions).contains(List.of(at(0, 12), at(2, 13), at(4, 11)));
  }

  @Test
  void nothingIsProposedWhenOneSessionFindsNoDayWithinItsGap() {
    var free = Map.of(2, List.of(9), 3, List.of(9));
    SeriesPathFinder finder = finder(new SeriesShape(3, 2, 3), free);

    assertThat(finder.sessionsFrom(at(0, 9))).isEmpty();
    assertThat(finder.sessionsFrom(at(0, 10)))
        .as("asked again, from a remembered dead end")
        .isEmpty();
    assertThat(finder(new SeriesShape(2, 2, 3), free).sessionsFrom(at(0, 9)))
        .contains(List.of(at(0, 9), at(2, 9)));
  }
}
