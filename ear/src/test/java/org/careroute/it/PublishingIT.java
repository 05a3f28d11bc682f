package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publishing an optimised day writes its placements, except to appointments changed after the solve
 * ended (those were not fed to it): those keep what the change gave them and are reported. Each
 * test books clinic sessions at 09:00, 10:00 and 11:00 on a clinic of its own.
 */
class PublishingIT extends DeployedApplication {

  static final int DAY = 9;
  static final String DISPATCHER_LOGIN = "dispatcher@careroute.example";

  private long clinic;
  private long treatment;

  /**
   * A clinic of two chairs, one clinic nurse on 08:00-16:00, and three sessions booked; returns
   * them in order.
   */
  private List<JsonObject> bookedDay() {
    clinic = practice.clinic(2);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Publish Nurse", "");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    List<JsonObject> booked = new ArrayList<>();
    for (int hour : new int[] {9, 10, 11}) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)),
              practice.clearedPatient("Publish " + hour));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      booked.add(reply.json());
    }
    return booked;
  }

  private String planPath() {
    return "api/plans/" + clinic + "/" + day();
  }

  private static LocalDate day() {
    return TestPractice.at(DAY, 0, 0).toLocalDate();
  }

  private static long id(JsonObject appointment) {
    return appointment.getJsonNumber("id").longValue();
  }

  private JsonObject solved() throws InterruptedException {
    return DayPlans.solved(api, planPath());
  }

  private JsonObject publish() {
    Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return published.json();
  }

  private JsonObject appointment(long id) {
    Api.Reply reply = api.get("api/appointments/" + id, Api.DISPATCHER);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static List<Long> ids(JsonObject publishResult) {
    return publishResult.getJsonArray("changedMeanwhile").getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::longValue)
        .toList();
  }

  private static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.get(key).getValueType() == JsonValue.ValueType.NULL;
  }

  private static Instant instant(JsonObject json, String key) {
    return OffsetDateTime.parse(json.getString(key)).toInstant();
  }

  @Test
  void anAppointmentCancelledAfterTheSolveIsReportedAsChangedMeanwhileAndStaysCancelled()
      throws Exception {
    List<JsonObject> booked = bookedDay();
    solved();
    long cancelled = id(booked.get(1));
    Api.Reply cancel = api.post("api/appointments/" + cancelled + "/cancel", "", Api.DISPATCHER);
    assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);

    JsonObject result = publish();

    assertThat(ids(result)).containsExactly(cancelled);
    JsonObject after = appointment(cancelled);
    assertThat(after.getString("status")).isEqualTo("CANCELLED");
    assertThat(absent(after, "plannedStart"))
        .as("no planned start written back: " + after)
        .isTrue();
    assertThat(absent(after, "nurseName")).as("no nurse written back: " + after).isTrue();
    assertThat(absent(after, "chairLabel")).as("no chair written back: " + after).isTrue();
  }

  @Test
  void anAppointmentRescheduledAfterTheSolveIsReportedAsChangedMeanwhileAndKeepsItsNewTime()
      throws Exception {
    List<JsonObject> booked = bookedDay();
    solved();
    long moved = id(booked.get(2));
    Api.Reply reschedule =
        api.post(
            "api/appointments/" + moved + "/reschedule",
            """
        {"windowStart":"%s"}"""
                .formatted(TestPractice.iso(TestPractice.at(DAY, 14, 0))),
            Api.DISPATCHER);
    assertThat(reschedule.status()).as(reschedule.toString()).isEqualTo(200);
    // Read back as committed: the reschedule reply carries the version from before the move.
    JsonObject asMoved = appointment(moved);

    JsonObject result = publish();

    assertThat(ids(result)).containsExactly(moved);
    JsonObject after = appointment(moved);
    assertThat(instant(after, "windowStart")).isEqualTo(TestPractice.at(DAY, 14, 0).toInstant());
    assertThat(instant(after, "plannedStart")).isEqualTo(instant(asMoved, "plannedStart"));
    assertThat(after.getString("nurseName")).isEqualTo(asMoved.getString("nurseName"));
    assertThat(after.getString("chairLabel")).isEqualTo(asMoved.getString("chairLabel"));
    assertThat(after.getInt("version"))
        .as("publishing did not touch it")
        .isEqualTo(asMoved.getInt("version"));
  }

  @Test
  void besideAnAppointmentChangedMeanwhileTheOthersAreWrittenAsSolved() throws Exception {
    List<JsonObject> booked = bookedDay();
    JsonObject solved = solved();
    long cancelled = id(booked.get(0));
    assertThat(api.post("api/appointments/" + cancelled + "/cancel", "", Api.DISPATCHER).status())
        .isEqualTo(200);

    JsonObject result = publish();

    assertThat(result.getInt("updated") + result.getInt("unchanged"))
        .as(result.toString())
        .isEqualTo(2);
    for (JsonObject other : booked.subList(1, 3)) {
      JsonObject session =
          solved.getJsonArray("sessions").stream()
              .map(JsonValue::asJsonObject)
              .filter(s -> s.getJsonNumber("appointmentId").longValue() == id(other))
              .findFirst()
              .orElseThrow();
      JsonObject after = appointment(id(other));
      assertThat(
              tuple(
                  instant(after, "plannedStart"),
                  after.getString("nurseName"),
                  after.getString("chairLabel")))
          .as("appointment %d as the solved plan placed it", id(other))
          .isEqualTo(
              tuple(
                  instant(session, "start"),
                  session.getString("nurseName"),
                  session.getString("chair")));
    }
  }

  @Test
  void publishingIsAuditedAsAPublishOfThePlanByTheDispatcher() throws Exception {
    bookedDay();
    solved();
    publish();

    Api.Reply trail =
        api.get("api/admin/audit?recordType=Plan&recordId=" + clinic + "/" + day(), Api.ADMIN);

    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    assertThat(
            trail.array().stream()
                .map(JsonValue::asJsonObject)
                .map(
                    e ->
                        tuple(
                            e.getString("actor"),
                            e.getString("action"),
                            e.getString("recordType"),
                            e.getString("recordId"))))
        .containsExactly(tuple(DISPATCHER_LOGIN, "PUBLISH", "Plan", clinic + "/" + day()));
  }

  @Test
  void publishingWhileTheOptimizerIsSolvingAnswers409() {
    bookedDay();
    Api.Reply started = api.post(planPath() + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    try {
      assertThat(started.json().getString("status")).isEqualTo("SOLVING");

      Api.Reply published = api.post(planPath() + "/publish", "", Api.DISPATCHER);

      assertThat(published.status()).as(published.toString()).isEqualTo(409);
      assertThat(published.json().getString("detail")).contains("still working");
      assertThat(api.get(planPath(), Api.DISPATCHER).json().getString("status"))
          .as("still solving after the refusal, so it was solving when publishing was asked")
          .isEqualTo("SOLVING");
    } finally {
      assertThat(api.post(planPath() + "/stop", "", Api.DISPATCHER).status()).isEqualTo(204);
    }
  }

  @Test
  void publishingBesideABookingTheSolveNeverSawIsRefusedWhenTogetherTheyWouldBreakACareRule()
      throws Exception {
    clinic = practice.clinic(5);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long first = practice.nurse("Ratio First", "\"ACLS\"");
    practice.shift(
        first, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    List<Long> standard = new ArrayList<>();
    for (String name : List.of("Ratio A", "Ratio B", "Ratio C")) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
              practice.clearedPatient(name));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      standard.add(id(reply.json()));
    }
    long second = practice.nurse("Ratio Second", "\"ACLS\"");
    practice.shift(
        second, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    JsonObject solved = solved();
    assertThat(
            solved.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("nurseId").longValue() == second))
        .as("the solve shares the three patients out between the nurses: " + solved)
        .isNotEmpty();

    // After the solve: an ENHANCED patient takes the second nurse, who is free as booked.
    Api.Login enhanced = practice.registeredPatient("Ratio Enhanced");
    practice.screen(enhanced, true);
    Api.Reply alone =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
            enhanced);
    assertThat(alone.status()).as(alone.toString()).isEqualTo(201);
    assertThat(alone.json().getString("nurseName")).isEqualTo("Ratio Second");

    Api.Reply refused = api.post(planPath() + "/publish", "", Api.DISPATCHER);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("detail"))
        .contains("Nothing was published")
        .contains("optimise again");
    assertThat(standard)
        .as("every patient stays with the nurse as booked")
        .allSatisfy(
            id -> assertThat(appointment(id).getString("nurseName")).isEqualTo("Ratio First"));
    // The stored plan, shown on the day as booked now, shows the dispatcher the rule it would
    // break.
    JsonObject shown = api.get(planPath(), Api.DISPATCHER).json();
    assertThat(shown.getString("status")).isEqualTo("SOLVED");
    assertThat(shown.getBoolean("feasible")).as(shown.toString()).isFalse();

    solved();
    JsonObject published = publish();
    assertThat(ids(published)).isEmpty();
    JsonObject after = api.get(planPath(), Api.DISPATCHER).json();
    assertThat(after.getString("status")).isEqualTo("AS_BOOKED");
    assertThat(after.getBoolean("feasible")).as(after.toString()).isTrue();
    assertThat(appointment(id(alone.json())).getString("nurseName")).isEqualTo("Ratio Second");
  }
}
