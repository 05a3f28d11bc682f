package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeDaysTest {

  @Test
  void daysSpreadFromTwentyToSixtyVisitsAndTheSameSeedGivesTheSameDays() {
    List<PracticeDays.PracticeDay> days = PracticeDays.generate(8, 1);

    assertThat(days).extracting(PracticeDays.PracticeDay::visits).startsWith(20).endsWith(60);
    assertThat(days).allSatisfy(day -> assertThat(day.visits()).isBetween(20, 60));
    assertThat(PracticeDays.generate(8, 1))
        .extracting(day -> day.instance().rows())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(days.stream().map(day -> day.instance().rows()).toList());
    assertThat(PracticeDays.generate(8, 2).get(0).instance().name())
        .isNotEqualTo(days.get(0).instance().name());
  }

  @Test
  void oneDayHasLessNurseTimeThanItsVisitsNeedAndTheOthersAreTight() {
    for (int count : new int[] {1, 2, 8}) {
      List<PracticeDays.PracticeDay> days = PracticeDays.generate(count, 3);

      assertThat(days).filteredOn(PracticeDays.PracticeDay::shortOfNurses).hasSize(1);
      for (PracticeDays.PracticeDay day : days) {
        double ratio =
            PracticeDays.nurseMinutes(day.instance())
                / PracticeDays.leastNurseMinutes(day.instance());
        if (day.shortOfNurses()) {
          assertThat(ratio).isLessThan(0.95);
          assertThat(day.instance().vehicles()).isPositive();
        } else {
          assertThat(ratio).isBetween(1.4, 2.0);
        }
      }
    }
  }

  @Test
  void theLeastNurseTimeIsEachSessionAndTheDriveFromTheNearestOtherPlace() {
    VrptwInstance day =
        new VrptwInstance(
            "two visits",
            1,
            10,
            List.of(
                new double[] {0, 0, 0, 0, 0, 600, 0},
                new double[] {1, 3, 4, 1, 0, 120, 10},
                new double[] {2, 3, 0, 1, 0, 120, 20}));

    // Visit 1 is 4 from visit 2 (5 from the clinic); visit 2 is 3 from the clinic.
    assertThat(PracticeDays.leastNurseMinutes(day)).isCloseTo(10 + 4 + 20 + 3, within(1e-9));
    assertThat(PracticeDays.nurseMinutes(day)).isEqualTo(600);
  }
}
