package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server-sent events pass through the balancer as a stream: a dispatcher watching a day through the
 * balancer sees the better plans of a solve as the solving node finds them, not when the response
 * ends. The solve is started at the node that serves the stream, since relaying progress between
 * nodes is the solve jobs' part of issue 10.
 */
class PlanEventsClusterIT {

  static final int DAY = 8;

  @BeforeAll
  static void clusterIsWhole() {
    ClusterUnderTest.awaitEveryNode(Duration.ofMinutes(3));
  }

  private final Api api = new Api(ClusterUnderTest.url(ClusterUnderTest.BALANCER));
  private final TestPractice practice = new TestPractice(api);

  @Test
  void planEventsStreamThroughTheBalancer() throws Exception {
    long clinic = practice.clinic(2);
    ClusterDay.book(
        api,
        practice,
        practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", ""),
        clinic,
        DAY,
        new int[] {9, 11},
        new int[] {8, 10, 12});
    String plan = "api/plans/" + clinic + "/" + TestPractice.at(DAY, 0, 0).toLocalDate();

    HttpResponse<Stream<String>> events = ClusterDay.planEvents(api, plan);
    assertThat(events.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/event-stream");
    String streamingNode = events.headers().firstValue(SessionCookies.NODE_HEADER).orElseThrow();
    CompletableFuture<String> firstPlanEvent =
        CompletableFuture.supplyAsync(() -> ClusterUnderTest.firstPlanEvent(events.body()));
    try {
      Api atStreamingNode =
          new Api(
              ClusterUnderTest.url(
                  ClusterUnderTest.node(Integer.parseInt(streamingNode.substring(4)))));
      Api.Reply started = atStreamingNode.post(plan + "/solve", "", Api.DISPATCHER);
      assertThat(started.status()).as(started.toString()).isEqualTo(202);
      assertThat(firstPlanEvent.get(60, TimeUnit.SECONDS)).contains("\"score\"");
    } finally {
      events.body().close();
    }
  }

  /** Two clinic sessions and three home visits, for a clinic nurse and two on the road. */
}
