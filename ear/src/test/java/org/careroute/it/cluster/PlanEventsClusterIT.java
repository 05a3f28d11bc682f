package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
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
    bookADay(clinic);
    String plan = "api/plans/" + clinic + "/" + TestPractice.at(DAY, 0, 0).toLocalDate();

    HttpResponse<Stream<String>> events =
        HttpClient.newHttpClient()
            .sendAsync(
                api.request(plan + "/events", Api.DISPATCHER)
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(20, TimeUnit.SECONDS);
    assertThat(events.statusCode()).isEqualTo(200);
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
  private void bookADay(long clinic) {
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long desk = practice.nurse("Desk Nurse", "");
    practice.shift(desk, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    for (String name : new String[] {"Road One", "Road Two"}) {
      long field = practice.nurse(name, "\"HOME_VISIT\"");
      practice.shift(
          field, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    }
    for (int hour : new int[] {9, 11}) {
      Api.Reply booked =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)),
              practice.clearedPatient("Chair " + hour));
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }
    for (int hour : new int[] {8, 10, 12}) {
      ZonedDateTime window = TestPractice.at(DAY, hour, 0);
      Api.Reply booked =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(treatment, clinic, TestPractice.iso(window)),
              practice.clearedPatient("Home " + hour));
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }
  }
}
