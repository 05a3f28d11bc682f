package org.careroute.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.careroute.it.Api;
import org.careroute.it.TestPractice;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of the dispatcher's work. A solve is not lost: after the
 * restart the server takes the job up again and it can be run again. A publish is all or nothing:
 * afterwards every appointment stands where the plan put it, or every one where it stood before.
 */
class ServerKillFaultIT {

  private final Api api = ServerUnderFaults.api();
  private final TestPractice practice = new TestPractice(api);

  /** Where an appointment stands: its start, chair and nurse. */
  private record Placement(Instant start, String chair, String nurse) {}

  private long clinic;
  private int daysAhead;

  /** A clinic of three chairs, two nurses on 08:00-16:00 and six sessions booked onto them. */
  private List<Long> bookedDay(int days) {
    daysAhead = days;
    clinic = practice.clinic(3);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    for (String name : List.of("Kill First", "Kill Second")) {
      practice.shift(
          practice.nurse(name, ""),
          clinic,
          "CLINIC",
          TestPractice.at(days, 8, 0),
          TestPractice.at(days, 16, 0));
    }
    return List.of(9, 9, 10, 10, 11, 13).stream()
        .map(
            hour -> {
              Api.Reply booked =
                  api.post(
                      "api/appointments",
                      TestPractice.clinicBooking(treatment, clinic, TestPractice.at(days, hour, 0)),
                      practice.clearedPatient("Kill " + hour));
              assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
              return booked.json().getJsonNumber("id").longValue();
            })
        .toList();
  }

  private String planPath() {
    LocalDate day = TestPractice.at(daysAhead, 0, 0).toLocalDate();
    return "api/plans/" + clinic + "/" + day;
  }

  private JsonObject plan() {
    Api.Reply plan = api.get(planPath(), Api.DISPATCHER);
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    return plan.json();
  }

  private void startSolving() {
    Api.Reply started = api.post(planPath() + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
  }

  private JsonObject awaitStatus(String status, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    JsonObject plan = plan();
    while (!plan.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
      ServerUnderFaults.sleep(Duration.ofMillis(500));
      plan = plan();
    }
    assertThat(plan.getString("status")).as(plan.toString()).isEqualTo(status);
    return plan;
  }

  private void killAndRestart() {
    ServerUnderFaults.killServer();
    ServerUnderFaults.startServer();
    ServerUnderFaults.awaitReady(Duration.ofMinutes(2));
  }

  @Test
  void aSolveKilledWithItsServerIsTakenUpAfterTheRestartAndCanBeRunAgain() {
    ServerUnderFaults.awaitReady(Duration.ofMinutes(2));
    bookedDay(6);
    startSolving();
    awaitStatus("SOLVING", Duration.ofSeconds(10));
    ServerUnderFaults.sleep(Duration.ofSeconds(2));

    killAndRestart();

    // The restarted server takes the job whose lease ran out and finishes it.
    JsonObject finished = awaitStatus("SOLVED", Duration.ofMinutes(2));
    System.out.println("ServerKillFaultIT: the killed solve ended " + finished.getString("score"));
    startSolving();
    awaitStatus("SOLVED", Duration.ofMinutes(2));
    Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  @Test
  void aPublishKilledWithItsServerWritesAllOfThePlanOrNone() {
    ServerUnderFaults.awaitReady(Duration.ofMinutes(2));
    List<Long> appointments = bookedDay(7);
    startSolving();
    JsonObject solved = awaitStatus("SOLVED", Duration.ofMinutes(2));
    Map<Long, Placement> planned = new LinkedHashMap<>();
    for (JsonValue value : solved.getJsonArray("sessions")) {
      JsonObject session = value.asJsonObject();
      planned.put(
          session.getJsonNumber("appointmentId").longValue(),
          new Placement(
              instant(session, "start"),
              session.getString("chair", null),
              session.getString("nurseName", null)));
    }
    Map<Long, Placement> before = placements(appointments);
    long moved =
        appointments.stream().filter(id -> !before.get(id).equals(planned.get(id))).count();
    assertThat(moved)
        .as("appointments the plan moves: %s against %s", planned, before)
        .isPositive();

    CompletableFuture<Api.Reply> publishing =
        api.postAsync(planPath() + "/publish", "", Api.DISPATCHER);
    killAndRestart();
    publishing.handle((reply, failure) -> null).join();

    Map<Long, Placement> after = placements(appointments);
    long asPlanned =
        appointments.stream().filter(id -> after.get(id).equals(planned.get(id))).count();
    long asBefore =
        appointments.stream().filter(id -> after.get(id).equals(before.get(id))).count();
    System.out.printf(
        "ServerKillFaultIT: after kill -9 during the publish %d of %d appointments as planned, %d as before%n",
        asPlanned, appointments.size(), asBefore);
    assertThat(asPlanned == appointments.size() || asBefore == appointments.size())
        .as("all of the plan or none: %s, planned %s, before %s", after, planned, before)
        .isTrue();
    if (asPlanned < appointments.size()) {
      // Nothing was written: the stored plan is still there to publish.
      Api.Reply again = api.post(planPath() + "/publish", "", Api.DISPATCHER);
      assertThat(again.status()).as(again.toString()).isEqualTo(200);
      assertThat(placements(appointments)).isEqualTo(planned);
    }
  }

  private Map<Long, Placement> placements(List<Long> appointments) {
    Map<Long, Placement> placements = new LinkedHashMap<>();
    for (long id : appointments) {
      Api.Reply reply = api.get("api/appointments/" + id, Api.DISPATCHER);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonObject a = reply.json();
      placements.put(
          id,
          new Placement(
              instant(a, "plannedStart"),
              a.getString("chairLabel", null),
              a.getString("nurseName", null)));
    }
    return placements;
  }

  private static Instant instant(JsonObject json, String key) {
    return json.containsKey(key) && !json.isNull(key)
        ? OffsetDateTime.parse(json.getString(key)).toInstant()
        : null;
  }
}
