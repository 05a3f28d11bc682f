package org.careroute.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careroute.it.Api;
import org.careroute.it.Api.Login;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.Test;

/**
 * Far more API requests at once than the server takes: the excess is turned away at once with a 503
 * problem and Retry-After instead of piling up, and the pages and health keep answering.
 */
class OverloadFaultIT {

  /** Well beyond the admission limit (16 running and 64 waiting by default). */
  private static final int AT_ONCE = 400;

  private final Api api = ServerUnderFaults.api();
  private final TestPractice practice = new TestPractice(api);

  @Test
  void anOverloadIsTurnedAwayWith503AndRetryAfterWhileSimpleRequestsAreAnswered() throws Exception {
    ServerUnderFaults.awaitReady(Duration.ofMinutes(2));
    Login patient = practice.clearedPatient("Overload");
    List<CompletableFuture<HttpResponse<String>>> storm =
        IntStream.range(0, AT_ONCE)
            .mapToObj(
                i ->
                    api.http()
                        .sendAsync(
                            api.request("api/appointments", patient)
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                            HttpResponse.BodyHandlers.ofString()))
            .toList();

    // A client of its own, as another user's browser would be, not queued behind the storm's.
    HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> page =
        visitor.send(
            HttpRequest.newBuilder(api.uri("/")).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    boolean healthy = ServerUnderFaults.ready();

    List<HttpResponse<String>> answers = storm.stream().map(CompletableFuture::join).toList();
    Map<Integer, Long> statuses =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
    System.out.println("OverloadFaultIT: " + AT_ONCE + " requests at once answered " + statuses);

    assertThat(page.statusCode()).as("the start page during the storm").isEqualTo(200);
    assertThat(healthy).as("health during the storm").isTrue();
    assertThat(statuses.keySet()).as("answers: %s", statuses).containsOnly(200, 503);
    assertThat(statuses.get(503)).as("turned away").isNotNull();
    assertThat(statuses.get(200)).as("served").isNotNull();
    assertThat(answers.stream().filter(a -> a.statusCode() == 503))
        .allSatisfy(
            busy -> {
              assertThat(busy.headers().firstValue("Retry-After")).isPresent();
              assertThat(busy.headers().firstValue("Content-Type").orElse(""))
                  .startsWith("application/problem+json");
            });
  }
}
