package org.careroute.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.domain.service.PracticeDay.at;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CandidateWindowsTest {

  final PracticeDay day = new PracticeDay(1);

  @Test
  void clinicStartsLeaveRoomForTheWholeOccupancyBeforeClosing() {
    var starts =
        CandidateWindows.clinicStarts(
            day.clinic, PracticeDay.DAY, Duration.ofMinutes(60), at(0, 0));
    assertThat(starts.get(0).start()).isEqualTo(at(8, 0));
    assertThat(starts.get(starts.size() - 1).start()).isEqualTo(at(17, 0));
    assertThat(starts).hasSize(19).allSatisfy(w -> assertThat(w.length()).isZero());
  }

  @Test
  void nothingIsOfferedBeforeTheEarliestStartOrOnClosedDays() {
    assertThat(
            CandidateWindows.clinicStarts(
                day.clinic, PracticeDay.DAY, Duration.ofMinutes(60), at(16, 45)))
        .extracting(w -> w.start())
        .containsExactly(at(17, 0));
    assertThat(
            CandidateWindows.clinicStarts(
                day.clinic, PracticeDay.DAY.plusDays(1), Duration.ofMinutes(60), at(0, 0)))
        .isEmpty();
  }

  @Test
  void homeArrivalWindowsAreTwoHoursOnTheHour() {
    var windows = CandidateWindows.homeArrivals(day.clinic, PracticeDay.DAY, at(9, 30));
    assertThat(windows.get(0).start()).isEqualTo(at(10, 0));
    assertThat(windows.get(windows.size() - 1).start()).isEqualTo(at(16, 0));
    assertThat(windows).allSatisfy(w -> assertThat(w.length()).isEqualTo(Duration.ofHours(2)));
  }
}
