package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeCareDayGeneratorTest {

  @TempDir Path directory;

  @Test
  void theSameSeedGivesTheSameDayAndAnotherSeedAnotherDay() {
    String day = HomeCareDayGenerator.generate(60, null, 7);

    assertThat(HomeCareDayGenerator.generate(60, null, 7)).isEqualTo(day);
    assertThat(HomeCareDayGenerator.generate(60, null, 8)).isNotEqualTo(day);
  }

  @Test
  void theDayReadsAsSolomonWithTwoHourWindowsSessionsInRangeAndKits() throws IOException {
    Path file = directory.resolve("day.txt");
    Files.writeString(file, HomeCareDayGenerator.generate(120, 30, 3));

    VrptwInstance day = VrptwInstance.read(file);

    assertThat(day.name()).isEqualTo("HC120_K30_S3");
    assertThat(day.vehicles()).isEqualTo(30);
    assertThat(day.rows()).hasSize(121);
    double across = HomeCareDayGenerator.REGION_KM * HomeCareDayGenerator.MINUTES_PER_KM;
    int kits = 0;
    for (double[] visit : day.rows().subList(1, day.rows().size())) {
      assertThat(visit[5] - visit[4]).isEqualTo(120);
      assertThat(visit[6]).isBetween(45.0, 300.0);
      assertThat(visit[3]).isBetween(1.0, 3.0);
      assertThat(visit[1]).isBetween(0.0, across);
      assertThat(visit[2]).isBetween(0.0, across);
      // A nurse leaving the clinic at the day's start can serve it and be back by its end.
      assertThat(
              Math.max(day.distance(0, (int) visit[0]), visit[4])
                  + visit[6]
                  + day.distance((int) visit[0], 0))
          .isLessThanOrEqualTo(HomeCareDayGenerator.DAY_MINUTES);
      kits += (int) visit[3];
    }
    assertThat(day.capacity() * day.vehicles()).isGreaterThanOrEqualTo(kits);
  }

  @Test
  void mostSessionsLastFortyFiveMinutesToTwoHours() {
    String day = HomeCareDayGenerator.generate(400, null, 1);

    long rows = day.lines().filter(l -> l.strip().matches("\\d+( +[\\d.]+){6}")).count() - 1;
    long short_ =
        day.lines()
            .filter(l -> l.strip().matches("\\d+( +[\\d.]+){6}"))
            .skip(1)
            .filter(l -> Integer.parseInt(l.strip().split(" +")[6]) <= 120)
            .count();
    assertThat(rows).isEqualTo(400);
    assertThat(short_).isGreaterThan(rows / 2);
  }
}
