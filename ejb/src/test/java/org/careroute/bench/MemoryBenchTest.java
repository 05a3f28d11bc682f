package org.careroute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

class MemoryBenchTest {

  private static JsonObject plan(String status, String job) {
    return MemoryBenchPractice.json(
        """
        {"clinicId":1,"day":"2026-12-05","status":"%s",%s
         "routes":[{"nurseId":1,"stops":[{"appointmentId":1},{"appointmentId":2}]},
                   {"nurseId":2,"stops":[{"appointmentId":3}]}],
         "sessions":[],"unassigned":[]}"""
            .formatted(status, job));
  }

  @Test
  void visitsCountOnceTheSolverStoredABestPlan() {
    JsonObject solving =
        plan("SOLVING", "\"job\":{\"state\":\"SOLVING\",\"improvedAt\":\"2026-12-03T06:00:00Z\"},");

    assertThat(MemoryBench.placedBySolver(solving)).isEqualTo(3);
    assertThat(MemoryBench.finished(solving)).isFalse();
  }

  @Test
  void theDayAsBookedCountsNoVisitsThoughFirstFitRoutedThem() {
    assertThat(MemoryBench.placedBySolver(plan("AS_BOOKED", ""))).isZero();
  }

  @Test
  void aSolveThatStoredNoBestPlanYetCountsNoVisits() {
    JsonObject queued = plan("SOLVING", "\"job\":{\"state\":\"QUEUED\"},");

    assertThat(MemoryBench.placedBySolver(queued)).isZero();
  }

  @Test
  void aSolvedOrFailedPlanHasFinished() {
    String job = "\"job\":{\"state\":\"DONE\",\"improvedAt\":\"2026-12-03T06:00:30Z\"},";

    assertThat(MemoryBench.finished(plan("SOLVED", job))).isTrue();
    assertThat(MemoryBench.finished(plan("FAILED", job))).isTrue();
  }

  @Test
  void optionsDefaultToAThousandVisitsForAMinuteAndReadThePortOfTheServer() {
    MemoryBench.Options defaults = MemoryBench.Options.parse(new String[] {"memory"});
    MemoryBench.Options given =
        MemoryBench.Options.parse(
            new String[] {
              "memory",
              "--server",
              "http://localhost:8880",
              "--visits",
              "200",
              "--pid",
              "42",
              "--seconds",
              "30"
            });

    assertThat(defaults.visits()).isEqualTo(1000);
    assertThat(defaults.seconds()).isEqualTo(60);
    assertThat(defaults.pid()).isNull();
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(given.server()).isEqualTo(URI.create("http://localhost:8880/"));
    assertThat(given.port()).isEqualTo(8880);
    assertThat(given.visits()).isEqualTo(200);
    assertThat(given.pid()).isEqualTo(42L);
    assertThat(given.seconds()).isEqualTo(30);
  }
}
