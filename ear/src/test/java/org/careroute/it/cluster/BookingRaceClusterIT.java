package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;
import org.careroute.it.cluster.SessionCookies.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty patients race for the last places of a clinic day, half of them at one node and half at the
 * other: the database lets exactly the places that exist in, whichever node asks. Each patient logs
 * in at one node and books at the other, so the race also runs on sessions the booking node never
 * started.
 */
class BookingRaceClusterIT {

  static final int CONTENDERS = 50;

  @BeforeAll
  static void clusterIsWhole() {
    ClusterUnderTest.awaitEveryNode(Duration.ofMinutes(3));
  }

  private final Api api = new Api(ClusterUnderTest.url(ClusterUnderTest.BALANCER));
  private final TestPractice practice = new TestPractice(api);

  private Map<Integer, List<HttpResponse<String>>> everyoneAtOnceOnEveryNode(
      long treatment, long clinic, java.time.ZonedDateTime start) {
    List<Session> sessions =
        IntStream.range(0, CONTENDERS)
            .mapToObj(
                i -> SessionCookies.logIn(node(i), practice.clearedPatient("Cluster Racer " + i)))
            .toList();
    String booking = TestPractice.clinicBooking(treatment, clinic, start);
    List<CompletableFuture<HttpResponse<String>>> replies =
        IntStream.range(0, CONTENDERS)
            .mapToObj(
                i ->
                    SessionCookies.postAsync(
                        node(i + 1), "api/appointments", booking, sessions.get(i)))
            .toList();
    return replies.stream()
        .map(CompletableFuture::join)
        .collect(Collectors.groupingBy(HttpResponse::statusCode));
  }

  /** Contender i's node: the contenders alternate over the nodes. */
  private static URI node(int i) {
    return ClusterUnderTest.node(1 + i % ClusterUnderTest.NODES);
  }

  private static Map<Integer, Long> counts(Map<Integer, List<HttpResponse<String>>> outcome) {
    return outcome.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
  }

  private static void everyLoserIsToldWhy(Map<Integer, List<HttpResponse<String>>> outcome) {
    assertThat(outcome.get(409))
        .allSatisfy(
            refused -> {
              assertThat(refused.headers().firstValue("Content-Type"))
                  .get()
                  .asString()
                  .startsWith("application/problem+json");
              assertThat(refused.body()).contains("\"status\":409").contains("\"detail\"");
            });
    // Both nodes took part in the race.
    assertThat(
            outcome.values().stream()
                .flatMap(List::stream)
                .map(r -> r.headers().firstValue(SessionCookies.NODE_HEADER).orElse("?"))
                .distinct())
        .hasSize(ClusterUnderTest.NODES);
  }

  @Test
  void theLastChairGoesToExactlyOnePatientWhicheverNodeTheyAsk() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Cluster Race Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(3, 8, 0), TestPractice.at(3, 16, 0));

    Map<Integer, List<HttpResponse<String>>> outcome =
        everyoneAtOnceOnEveryNode(treatment, clinic, TestPractice.at(3, 10, 0));
    assertThat(counts(outcome)).isEqualTo(Map.of(201, 1L, 409, (long) CONTENDERS - 1));
    everyLoserIsToldWhy(outcome);
  }

  @Test
  void aNurseWatchesAtMostThreeStandardPatientsWhicheverNodeTheyAsk() {
    long clinic = practice.clinic(6);
    long treatment = practice.treatment(40, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Cluster Ratio Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(3, 8, 0), TestPractice.at(3, 16, 0));

    Map<Integer, List<HttpResponse<String>>> outcome =
        everyoneAtOnceOnEveryNode(treatment, clinic, TestPractice.at(3, 11, 0));
    assertThat(counts(outcome)).isEqualTo(Map.of(201, 3L, 409, (long) CONTENDERS - 3));
    everyLoserIsToldWhy(outcome);
  }
}
