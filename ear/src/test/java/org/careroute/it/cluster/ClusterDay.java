package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;

/**
 * A clinic day for the cluster's solves, booked through the cluster as patients would: a desk
 * nurse, two field nurses, chair sessions and home visits, so that a solve has routes to improve.
 */
final class ClusterDay {

  private ClusterDay() {}

  /** Books the day and answers how many appointments it holds. */
  static int book(
      Api api,
      TestPractice practice,
      long treatment,
      long clinic,
      int day,
      int[] chairHours,
      int[] homeHours) {
    long desk = practice.nurse("Desk Nurse", "");
    practice.shift(desk, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    for (String name : new String[] {"Road One", "Road Two"}) {
      long field = practice.nurse(name, "\"HOME_VISIT\"");
      practice.shift(
          field, clinic, "FIELD", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    }
    int booked = 0;
    for (int hour : chairHours) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, hour, 0)),
              practice.clearedPatient("Chair " + hour + " " + booked));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      booked++;
    }
    for (int hour : homeHours) {
      ZonedDateTime window = TestPractice.at(day, hour, 0);
      Api.Reply reply =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(treatment, clinic, TestPractice.iso(window)),
              practice.clearedPatient("Home " + hour + " " + booked));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      booked++;
    }
    return booked;
  }

  /** Opens the day's plan events as the dispatcher's page does; the caller closes the stream. */
  static HttpResponse<Stream<String>> planEvents(Api api, String plan)
      throws InterruptedException, ExecutionException, TimeoutException {
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
    return events;
  }
}
