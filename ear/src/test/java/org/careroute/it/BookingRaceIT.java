package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Many patients at once for the last free place: the database transaction lets exactly as many in
 * as fit.
 */
class BookingRaceIT extends DeployedApplication {

  static final int CONTENDERS = 50;

  private Map<Integer, Long> everyoneAtOnce(long treatment, long clinic, ZonedDateTime start) {
    List<Login> patients =
        IntStream.range(0, CONTENDERS)
            .mapToObj(i -> practice.clearedPatient("Racer " + i))
            .toList();
    String booking = TestPractice.clinicBooking(treatment, clinic, start);
    List<CompletableFuture<Api.Reply>> replies =
        patients.stream().map(p -> api.postAsync("api/appointments", booking, p)).toList();
    return replies.stream()
        .map(CompletableFuture::join)
        .collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
  }

  @Test
  void theLastChairGoesToExactlyOnePatient() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Race Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(3, 8, 0), TestPractice.at(3, 16, 0));

    Map<Integer, Long> outcome = everyoneAtOnce(treatment, clinic, TestPractice.at(3, 10, 0));
    assertThat(outcome).isEqualTo(Map.of(201, 1L, 409, (long) CONTENDERS - 1));
  }

  @Test
  void aNurseWatchesAtMostThreeStandardPatientsHoweverManyChairsAreFree() {
    long clinic = practice.clinic(6);
    long treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Ratio Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(3, 8, 0), TestPractice.at(3, 16, 0));

    Map<Integer, Long> outcome = everyoneAtOnce(treatment, clinic, TestPractice.at(3, 11, 0));
    assertThat(outcome).isEqualTo(Map.of(201, 3L, 409, (long) CONTENDERS - 3));
  }
}
