package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careroute.it.Api;
import org.careroute.it.Api.Login;
import org.careroute.it.Mailbox;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both nodes send from the one outbox in the shared database into one SMTP server (GreenMail on the
 * port .ci/run gives the nodes as SMTP_PORT): each of forty confirmations arrives exactly once, and
 * the outbox says which node's sender sent it.
 */
class MailClusterIT {

  static final int BOOKINGS = 40;
  static final int DAY = 9;
  static final int CHAIRS = 4;

  @BeforeAll
  static void clusterIsWhole() {
    ClusterUnderTest.awaitEveryNode(Duration.ofMinutes(3));
  }

  @RegisterExtension final Mailbox mailbox = new Mailbox();
  private final Api api = new Api(ClusterUnderTest.url(ClusterUnderTest.BALANCER));
  private final TestPractice practice = new TestPractice(api);

  @Test
  void fortyConfirmationsSentByTwoNodesArriveExactlyOnceEachAndTheOutboxNamesTheSendingNode() {
    long clinic = practice.clinic(CHAIRS);
    long treatment = practice.treatment(30, 20, "\"CLINIC\"", "");
    for (String name : List.of("Mail Nurse One", "Mail Nurse Two")) {
      long nurse = practice.nurse(name, "");
      practice.shift(
          nurse, clinic, "CLINIC", TestPractice.at(DAY, 7, 0), TestPractice.at(DAY, 19, 0));
    }
    List<Login> patients =
        IntStream.range(0, BOOKINGS)
            .mapToObj(i -> practice.clearedPatient("Cluster Mail " + i))
            .toList();
    Map<Long, Login> patientOf =
        IntStream.range(0, BOOKINGS)
            .boxed()
            .collect(
                Collectors.toMap(
                    i -> book(patients.get(i), treatment, clinic, 8 + i / CHAIRS), patients::get));

    List<JsonObject> confirmations = awaitEveryConfirmationSent(patientOf.keySet());

    for (Login patient : patients) {
      assertThat(mailbox.to(patient.login()))
          .as("%s got one confirmation", patient.login())
          .filteredOn(m -> Mailbox.subject(m).contains("is confirmed"))
          .hasSize(1);
    }
    assertThat(confirmations)
        .allSatisfy(
            m ->
                assertThat(m.getString("sentBy"))
                    .matches("node[1-" + ClusterUnderTest.NODES + "]/mail-\\d+"));
    Map<String, Long> perNode =
        confirmations.stream()
            .collect(
                Collectors.groupingBy(
                    m -> m.getString("sentBy").split("/")[0], Collectors.counting()));
    // Which node claims first is the scheduler's luck: shown, not asserted.
    System.out.println("Confirmations sent per node: " + perNode);
  }

  private long book(Login patient, long treatment, long clinic, int hour) {
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().getJsonNumber("id").longValue();
  }

  /** Waits until the outbox has sent the confirmation of every one of the bookings. */
  private List<JsonObject> awaitEveryConfirmationSent(Set<Long> appointments) {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (true) {
      Api.Reply outbox = api.get("api/admin/outbox?limit=500", Api.ADMIN);
      assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
      Map<Long, JsonObject> confirmations =
          outbox.array().stream()
              .map(m -> m.asJsonObject())
              .filter(m -> m.getString("kind").equals("CONFIRMATION"))
              .filter(m -> m.containsKey("appointmentId") && !m.isNull("appointmentId"))
              .filter(m -> appointments.contains(m.getJsonNumber("appointmentId").longValue()))
              .collect(
                  Collectors.toMap(
                      m -> m.getJsonNumber("appointmentId").longValue(), Function.identity()));
      if (confirmations.size() == appointments.size()
          && confirmations.values().stream().allMatch(m -> m.getString("status").equals("SENT"))) {
        return List.copyOf(confirmations.values());
      }
      assertThat(Instant.now())
          .as("every confirmation sent; now %s", confirmations.values())
          .isBefore(until);
      sleep(Duration.ofMillis(500));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
