package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/** A dispatcher optimises a clinic's day in the server, watches it stream, and publishes it. */
class PlanningIT extends DeployedApplication {

  static final int DAY = 8;

  /**
   * Books two clinic sessions and four home visits on the test day; returns them, clinic sessions
   * first.
   */
  private List<JsonObject> bookedDay(long clinic) {
    List<JsonObject> booked = new java.util.ArrayList<>();
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long clinicNurse = practice.nurse("Desk Nurse", "");
    practice.shift(
        clinicNurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    for (String name : List.of("Road One", "Road Two")) {
      long field = practice.nurse(name, "\"HOME_VISIT\"");
      practice.shift(
          field, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    }
    for (int hour : new int[] {9, 11}) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)),
              practice.clearedPatient("Chair " + hour));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      booked.add(reply.json());
    }
    for (int hour : new int[] {8, 9, 10, 12}) {
      ZonedDateTime window = TestPractice.at(DAY, hour, 0);
      Api.Reply reply =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(treatment, clinic, TestPractice.iso(window)),
              practice.clearedPatient("Home " + hour));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      booked.add(reply.json());
    }
    return booked;
  }

  private String planPath(long clinic) {
    return planPath(clinic, TestPractice.at(DAY, 0, 0).toLocalDate());
  }

  private static String planPath(long clinic, LocalDate day) {
    return "api/plans/" + clinic + "/" + day;
  }

  private static long travel(JsonObject plan) {
    return plan.getJsonArray("routes").stream()
        .mapToLong(r -> r.asJsonObject().getJsonNumber("travelSeconds").longValue())
        .sum();
  }

  @Test
  void theDayAsBookedIsShownScoredAndExplained() {
    long clinic = practice.clinic(2);
    bookedDay(clinic);
    Api.Reply reply = api.get(planPath(clinic), Api.DISPATCHER);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject plan = reply.json();
    assertThat(plan.getString("status")).isEqualTo("AS_BOOKED");
    assertThat(plan.getBoolean("feasible")).as(plan.toString()).isTrue();
    assertThat(plan.getJsonArray("unassigned")).isEmpty();
    assertThat(plan.getJsonArray("sessions")).hasSize(2);
    assertThat(
            plan.getJsonArray("routes").stream()
                .mapToInt(r -> r.asJsonObject().getJsonArray("stops").size())
                .sum())
        .isEqualTo(4);
    assertThat(plan.getJsonArray("costs").stream().map(c -> c.asJsonObject().getString("rule")))
        .contains("Travel time");
    assertThat(api.get(planPath(clinic), practice.clearedPatient("Nosy Patient")).status())
        .isEqualTo(403);
  }

  /**
   * Books two clinic sessions and four home visits west and east of the clinic by turns, while only
   * one nurse works the field; a second field nurse starts afterwards. As booked, the first nurse
   * crosses town three times and the second drives nowhere: the optimiser has something to improve.
   */
  private void dayBookedWhileOneNurseWasOnTheRoad(long clinic) {
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");
    long clinicNurse = practice.nurse("Desk Nurse", "");
    practice.shift(
        clinicNurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    for (int hour : new int[] {9, 11}) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)),
              practice.clearedPatient("Chair " + hour));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
    long west = practice.nurse("West Road", "\"HOME_VISIT\"");
    practice.shift(west, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
    for (int i = 0; i < 4; i++) {
      double longitude = TestPractice.LON + (i % 2 == 0 ? -0.12 : 0.12);
      Api.Reply reply =
          api.post(
              "api/appointments",
              """
          {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                  .formatted(
                      treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 8 + i * 2, 0))),
              practice.clearedPatientAt("Far " + i, TestPractice.LAT, longitude));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().getString("nurseName")).isEqualTo("West Road");
    }
    long east = practice.nurse("East Road", "\"HOME_VISIT\"");
    practice.shift(east, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 17, 0));
  }

  /**
   * A score such as {@code 0hard/-2medium/-5400soft}, or {@code -1init/...}, as init, hard, medium
   * and soft.
   */
  private static long[] score(JsonObject plan) {
    Matcher parts =
        Pattern.compile("(?:(-?\\d+)init/)?(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft")
            .matcher(plan.getString("score"));
    assertThat(parts.matches()).as(plan.getString("score")).isTrue();
    return new long[] {
      parts.group(1) == null ? 0 : Long.parseLong(parts.group(1)),
      Long.parseLong(parts.group(2)),
      Long.parseLong(parts.group(3)),
      Long.parseLong(parts.group(4))
    };
  }

  /** Positive where {@code a} is the better score, zero where they are equal. */
  private static int compareScores(long[] a, long[] b) {
    return Arrays.compare(a, b);
  }

  /**
   * The plans of the {@code plan} events, until one says the solve is over (or the stream ends).
   */
  private static List<JsonObject> plansUntilSolved(java.util.stream.Stream<String> lines) {
    List<JsonObject> plans = new java.util.ArrayList<>();
    String[] event = {null};
    StringBuilder data = new StringBuilder();
    Iterator<String> it = lines.iterator();
    while (it.hasNext()) {
      String line = it.next();
      if (line.startsWith("event:")) {
        event[0] = line.substring("event:".length()).trim();
      } else if (line.startsWith("data:")) {
        data.append(data.length() == 0 ? "" : "\n").append(line.substring("data:".length()).trim());
      } else if (line.isEmpty()) {
        if ("plan".equals(event[0]) && data.length() > 0) {
          try (var reader = Json.createReader(new StringReader(data.toString()))) {
            JsonObject plan = reader.readObject();
            plans.add(plan);
            if (plan.getString("status").equals("SOLVED")) {
              return plans;
            }
          }
        }
        event[0] = null;
        data.setLength(0);
      }
    }
    return plans;
  }

  @Test
  void optimisingStreamsBetterPlansAndPublishingWritesThem() throws Exception {
    long clinic = practice.clinic(2);
    dayBookedWhileOneNurseWasOnTheRoad(clinic);
    JsonObject asBooked = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(asBooked.getString("status")).isEqualTo("AS_BOOKED");
    assertThat(asBooked.getBoolean("feasible")).as(asBooked.toString()).isTrue();
    long bookedTravel = travel(asBooked);

    CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream =
        HttpClient.newHttpClient()
            .sendAsync(
                api.request(planPath(clinic) + "/events", Api.DISPATCHER)
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    HttpResponse<java.util.stream.Stream<String>> events = stream.get(10, TimeUnit.SECONDS);
    assertThat(events.statusCode()).isEqualTo(200);
    CompletableFuture<List<JsonObject>> streamed =
        CompletableFuture.supplyAsync(() -> plansUntilSolved(events.body()));

    Api.Reply started = api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER);
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    List<JsonObject> plans;
    try {
      plans = streamed.get(90, TimeUnit.SECONDS);
    } finally {
      events.body().close();
    }
    JsonObject solved = awaitSolved(clinic);

    // Each streamed plan is at least as good as the one before it, the first as good as the day as
    // booked.
    assertThat(plans).as("plan events").isNotEmpty();
    assertThat(plans.get(plans.size() - 1).getString("status"))
        .as("the stream tells the end")
        .isEqualTo("SOLVED");
    JsonObject previous = asBooked;
    for (JsonObject plan : plans) {
      assertThat(compareScores(score(plan), score(previous)))
          .as("streamed %s after %s", plan.getString("score"), previous.getString("score"))
          .isNotNegative();
      previous = plan;
    }
    assertThat(solved.getString("score"))
        .as("the last streamed plan is the solved one")
        .isEqualTo(plans.get(plans.size() - 1).getString("score"));
    assertThat(compareScores(score(solved), score(asBooked)))
        .as("solved %s against booked %s", solved.getString("score"), asBooked.getString("score"))
        .isPositive();
    assertThat(solved.getBoolean("feasible")).as(solved.toString()).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    assertThat(travel(solved)).as("no more crossing town").isLessThan(bookedTravel);

    Api.Reply published = api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    JsonObject result = published.json();
    assertThat(result.getInt("updated"))
        .as("the optimiser moved visits to the second nurse")
        .isPositive();
    assertThat(result.getInt("updated") + result.getInt("unchanged")).isEqualTo(6);
    assertThat(result.getJsonArray("changedMeanwhile")).isEmpty();
    JsonObject after = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(after.getString("status")).isEqualTo("AS_BOOKED");
    assertThat(after.getString("score"))
        .as("the bookings now are the solved plan")
        .isEqualTo(solved.getString("score"));
    assertThat(travel(after)).isEqualTo(travel(solved));
    assertThat(api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER).status())
        .as("nothing left to publish")
        .isEqualTo(409);
  }

  @Test
  void pinnedAppointmentsKeepTheirPlacementThroughOptimising() throws InterruptedException {
    long clinic = practice.clinic(2);
    List<JsonObject> booked = bookedDay(clinic);
    JsonObject session = booked.get(0);
    JsonObject visit = booked.get(2);
    for (JsonObject appointment : List.of(session, visit)) {
      Api.Reply pinned =
          api.send(
              api.request(
                      planPath(clinic) + "/pins/" + appointment.getJsonNumber("id"), Api.DISPATCHER)
                  .PUT(java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(pinned.status()).as(pinned.toString()).isEqualTo(204);
    }
    assertThat(
            api.put(
                    planPath(clinic) + "/pins/" + session.getJsonNumber("id"),
                    "",
                    practice.clearedPatient("Pinner"))
                .status())
        .isEqualTo(403);
    assertThat(api.put(planPath(clinic) + "/pins/987654321", "", Api.DISPATCHER).status())
        .isEqualTo(404);
    JsonObject plan = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(
            plan.getJsonArray("sessions").stream()
                .filter(s -> s.asJsonObject().getBoolean("pinned"))
                .count())
        .isEqualTo(1);

    assertThat(api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    assertThat(awaitSolved(clinic).getBoolean("feasible")).isTrue();
    assertThat(api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER).status()).isEqualTo(200);
    for (JsonObject before : List.of(session, visit)) {
      JsonObject after =
          api.get("api/appointments/" + before.getJsonNumber("id"), Api.DISPATCHER).json();
      assertThat(after.getBoolean("pinned")).isTrue();
      assertThat(after.getString("nurseName")).isEqualTo(before.getString("nurseName"));
      assertThat(java.time.OffsetDateTime.parse(after.getString("plannedStart")).toInstant())
          .isEqualTo(java.time.OffsetDateTime.parse(before.getString("plannedStart")).toInstant());
    }
    Api.Reply unpinned =
        api.send(
            api.request(planPath(clinic) + "/pins/" + visit.getJsonNumber("id"), Api.DISPATCHER)
                .DELETE()
                .build());
    assertThat(unpinned.status()).isEqualTo(204);
    assertThat(
            api.get("api/appointments/" + visit.getJsonNumber("id"), Api.DISPATCHER)
                .json()
                .getBoolean("pinned"))
        .isFalse();
  }

  private Api.Reply pin(long clinic, JsonObject appointment, boolean pinned) {
    var request =
        api.request(planPath(clinic) + "/pins/" + appointment.getJsonNumber("id"), Api.DISPATCHER);
    return api.send(
        (pinned ? request.PUT(java.net.http.HttpRequest.BodyPublishers.noBody()) : request.DELETE())
            .build());
  }

  private JsonObject stored(JsonObject appointment) {
    return api.get("api/appointments/" + appointment.getJsonNumber("id"), Api.DISPATCHER).json();
  }

  private static JsonObject stop(JsonObject plan, JsonObject appointment) {
    long id = appointment.getJsonNumber("id").longValue();
    return plan.getJsonArray("routes").stream()
        .flatMap(r -> r.asJsonObject().getJsonArray("stops").stream())
        .map(s -> s.asJsonObject())
        .filter(s -> s.getJsonNumber("appointmentId").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private static String nurseOf(JsonObject plan, JsonObject appointment) {
    long id = appointment.getJsonNumber("id").longValue();
    return plan.getJsonArray("routes").stream()
        .map(r -> r.asJsonObject())
        .filter(
            r ->
                r.getJsonArray("stops").stream()
                    .anyMatch(
                        s -> s.asJsonObject().getJsonNumber("appointmentId").longValue() == id))
        .map(r -> r.getString("nurseName"))
        .findFirst()
        .orElse("");
  }

  private static java.time.Instant instant(JsonObject json, String field) {
    return OffsetDateTime.parse(json.getString(field)).toInstant();
  }

  /**
   * The promise and the pin as every reader of the plan sees them: the stop's window is the
   * patient's promise, not the pinned minute, and the stop says it is pinned.
   */
  private static void showsPromiseAndPin(JsonObject plan, JsonObject booked, boolean pinned) {
    JsonObject stop = stop(plan, booked);
    assertThat(stop.getBoolean("pinned")).as(stop.toString()).isEqualTo(pinned);
    assertThat(instant(stop, "windowStart"))
        .as(stop.toString())
        .isEqualTo(instant(booked, "windowStart"));
    assertThat(instant(stop, "windowEnd"))
        .as(stop.toString())
        .isEqualTo(instant(booked, "windowEnd"));
  }

  @Test
  void aVisitPinnedAfterOptimisingIsPublishedWhereItIsPinnedWithItsPromiseIntact()
      throws InterruptedException {
    long clinic = practice.clinic(2);
    List<JsonObject> booked = bookedDay(clinic);
    JsonObject visit = stored(booked.get(2));
    assertThat(pin(clinic, visit, true).status()).isEqualTo(204);
    showsPromiseAndPin(api.get(planPath(clinic), Api.DISPATCHER).json(), visit, true);

    assertThat(api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    JsonObject solved = awaitSolved(clinic);
    showsPromiseAndPin(solved, visit, true);
    // Pinned again once the plan is finished: the pin's new version must not make it a change
    // meanwhile, and the finished plan, which kept it where it is booked, stays.
    assertThat(pin(clinic, visit, false).status()).isEqualTo(204);
    JsonObject unpinned = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(unpinned.getString("status")).isEqualTo("SOLVED");
    showsPromiseAndPin(unpinned, visit, false);
    assertThat(pin(clinic, visit, true).status()).isEqualTo(204);
    JsonObject repinned = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(repinned.getString("status")).as("the finished plan stays").isEqualTo("SOLVED");
    showsPromiseAndPin(repinned, visit, true);

    Api.Reply published = api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    JsonObject result = published.json();
    assertThat(result.getJsonArray("changedMeanwhile")).as(result.toString()).isEmpty();
    assertThat(result.getJsonArray("pinned").getValuesAs(jakarta.json.JsonNumber.class))
        .extracting(n -> n.longValue())
        .containsExactly(visit.getJsonNumber("id").longValue());
    assertThat(result.getInt("updated") + result.getInt("unchanged")).isEqualTo(6);

    JsonObject after = stored(visit);
    assertThat(after.getBoolean("pinned")).isTrue();
    assertThat(after.getString("nurseName")).isEqualTo(visit.getString("nurseName"));
    assertThat(instant(after, "plannedStart")).isEqualTo(instant(visit, "plannedStart"));
    assertThat(instant(after, "windowStart"))
        .as("the promise")
        .isEqualTo(instant(visit, "windowStart"));
    assertThat(instant(after, "windowEnd"))
        .as("the promise")
        .isEqualTo(instant(visit, "windowEnd"));
    showsPromiseAndPin(api.get(planPath(clinic), Api.DISPATCHER).json(), visit, true);
  }

  @Test
  void pinningAVisitAFinishedPlanMovedSetsThatPlanAsideAndKeepsTheVisitWhereItIsBooked()
      throws InterruptedException {
    long clinic = practice.clinic(2);
    dayBookedWhileOneNurseWasOnTheRoad(clinic);
    List<JsonObject> visits =
        api.get(planPath(clinic), Api.DISPATCHER).json().getJsonArray("routes").stream()
            .flatMap(r -> r.asJsonObject().getJsonArray("stops").stream())
            .map(
                stop ->
                    api.get(
                            "api/appointments/"
                                + stop.asJsonObject().getJsonNumber("appointmentId"),
                            Api.DISPATCHER)
                        .json())
            .toList();
    assertThat(visits).hasSize(4);
    assertThat(api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    JsonObject solved = awaitSolved(clinic);
    JsonObject moved =
        visits.stream()
            .filter(
                v ->
                    !instant(stop(solved, v), "start").equals(instant(v, "plannedStart"))
                        || !nurseOf(solved, v).equals(v.getString("nurseName")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the optimiser moved no visit: " + solved));

    assertThat(pin(clinic, moved, true).status()).isEqualTo(204);

    JsonObject plan = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(plan.getString("status"))
        .as("the plan that moved it is set aside")
        .isEqualTo("AS_BOOKED");
    showsPromiseAndPin(plan, moved, true);
    assertThat(instant(stop(plan, moved), "start")).isEqualTo(instant(moved, "plannedStart"));
    assertThat(api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER).status())
        .as("nothing to publish until optimised again")
        .isEqualTo(409);
  }

  @Test
  void clinicBookingsAndCancellationsReachARunningSolve() throws InterruptedException {
    long clinic = practice.clinic(2);
    List<JsonObject> booked = bookedDay(clinic);
    long treatment = booked.get(0).getJsonNumber("treatmentId").longValue();
    assertThat(api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);

    Api.Reply late =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 13, 0)),
            practice.clearedPatient("Late Comer"));
    assertThat(late.status()).as(late.toString()).isEqualTo(201);
    long cancelled = booked.get(1).getJsonNumber("id").longValue();
    assertThat(api.post("api/appointments/" + cancelled + "/cancel", "", Api.DISPATCHER).status())
        .isEqualTo(200);

    JsonObject solved = awaitSolved(clinic);
    assertThat(
            solved.getJsonArray("sessions").stream()
                .map(x -> x.asJsonObject().getJsonNumber("appointmentId").longValue()))
        .contains(late.json().getJsonNumber("id").longValue())
        .doesNotContain(cancelled);
    assertThat(solved.getBoolean("feasible")).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    JsonObject published = api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER).json();
    assertThat(published.getJsonArray("changedMeanwhile")).isEmpty();
    assertThat(published.getInt("updated") + published.getInt("unchanged")).isEqualTo(6);
  }

  @Test
  void aDayOfTheDemoPracticeSolvesToFeasible() throws InterruptedException {
    long midtown =
        api.get("api/clinics", null).array().stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("name").equals("CareRoute Midtown"))
            .mapToLong(c -> c.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    LocalDate day = LocalDate.now(TestPractice.ZONE).plusDays(2);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    String path = planPath(midtown, day);
    JsonObject booked = api.get(path, Api.DISPATCHER).json();
    assertThat(api.post(path + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    JsonObject solved = awaitSolved(path);
    assertThat(solved.getBoolean("feasible")).as(solved.getString("score")).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    assertThat(solved.getJsonArray("sessions")).hasSameSizeAs(booked.getJsonArray("sessions"));
    assertThat(api.post(path + "/stop", "", Api.DISPATCHER).status()).isEqualTo(204);
  }

  @Test
  void aHomeVisitBookedWhileOptimisingJoinsTheRoutesAndIsPublishedWithThem()
      throws InterruptedException {
    long clinic = practice.clinic(2);
    bookedDay(clinic);
    long treatment = practice.treatment(30, 10, "\"HOME\"", "");
    Login late =
        practice.clearedPatientAt("Late Caller", TestPractice.LAT + 0.03, TestPractice.LON - 0.03);

    assertThat(api.post(planPath(clinic) + "/solve", "", Api.DISPATCHER).status()).isEqualTo(202);
    Api.Reply booked =
        api.post(
            "api/appointments",
            """
        {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                .formatted(treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 13, 0))),
            late);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();

    JsonObject solved = awaitSolved(clinic);
    assertThat(solved.getBoolean("feasible")).as(solved.toString()).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    assertThat(
            solved.getJsonArray("routes").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("stops").stream())
                .map(stop -> stop.asJsonObject().getJsonNumber("appointmentId").longValue()))
        .hasSize(5)
        .contains(id);
    JsonObject result = api.post(planPath(clinic) + "/publish", "", Api.DISPATCHER).json();
    assertThat(result.getInt("updated") + result.getInt("unchanged")).isEqualTo(7);
    assertThat(result.getJsonArray("changedMeanwhile")).isEmpty();
    JsonObject after = api.get(planPath(clinic), Api.DISPATCHER).json();
    assertThat(after.getBoolean("feasible")).as(after.toString()).isTrue();
    assertThat(travel(after)).isEqualTo(travel(solved));
  }

  @Test
  void theDispatcherChangesWhatThePlannerWeighs() {
    Api.Reply defaults = api.get("api/planning-goals", Api.DISPATCHER);
    assertThat(defaults.status()).isEqualTo(200);
    assertThat(defaults.json().getInt("travelPerSecond")).isEqualTo(1);
    String original = defaults.body();
    long clinic = practice.clinic(2);
    bookedDay(clinic);
    assertThat(
            api.get(planPath(clinic), Api.DISPATCHER).json().getJsonArray("costs").stream()
                .map(c -> c.asJsonObject().getString("rule")))
        .contains("Travel time");

    Api.Reply negative =
        api.put(
            "api/planning-goals",
            original.replace("\"travelPerSecond\":1", "\"travelPerSecond\":-5"),
            Api.DISPATCHER);
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("travelPerSecond");
    assertThat(api.put("api/planning-goals", original, practice.clearedPatient("Meddler")).status())
        .isEqualTo(403);
    try {
      Api.Reply free =
          api.put(
              "api/planning-goals",
              original.replace("\"travelPerSecond\":1", "\"travelPerSecond\":0"),
              Api.DISPATCHER);
      assertThat(free.status()).as(free.toString()).isEqualTo(200);
      assertThat(free.json().getInt("travelPerSecond")).isZero();
      assertThat(
              api.get(planPath(clinic), Api.DISPATCHER).json().getJsonArray("costs").stream()
                  .map(c -> c.asJsonObject().getString("rule")))
          .as("driving weighs nothing now")
          .doesNotContain("Travel time");
    } finally {
      assertThat(api.put("api/planning-goals", original, Api.DISPATCHER).status()).isEqualTo(200);
    }
  }

  @Test
  void aSickNursesBookingsGoToAnotherNurseAndARunningSolveStartsAgainWithoutTheNurse()
      throws InterruptedException {
    LocalDate day = TestPractice.at(DAY + 2, 0, 0).toLocalDate();
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long sick = practice.nurse("Sick Nurse", "");
    long sickShift =
        practice.shift(
            sick,
            clinic,
            "CLINIC",
            TestPractice.at(DAY + 2, 8, 0),
            TestPractice.at(DAY + 2, 16, 0));
    List<Long> booked = new java.util.ArrayList<>();
    for (int hour : new int[] {9, 10}) {
      Api.Reply reply =
          api.post(
              "api/appointments",
              TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY + 2, hour, 0)),
              practice.clearedPatient("Sick Day " + hour));
      assertThat(reply.json().getString("nurseName")).isEqualTo("Sick Nurse");
      booked.add(reply.json().getJsonNumber("id").longValue());
    }
    long standIn = practice.nurse("Stand In", "");
    practice.shift(
        standIn, clinic, "CLINIC", TestPractice.at(DAY + 2, 8, 0), TestPractice.at(DAY + 2, 16, 0));

    Api.Reply missingNurse =
        api.post(
            planPath(clinic, day) + "/day-events", "{\"kind\":\"NURSE_SICK\"}", Api.DISPATCHER);
    assertThat(missingNurse.status()).isEqualTo(400);
    assertThat(missingNurse.body()).contains("A sick nurse needs nurseId.");
    assertThat(
            api.post(
                    planPath(clinic, day) + "/day-events",
                    "{\"kind\":\"NURSE_SICK\",\"nurseId\":" + sick + "}",
                    practice.clearedPatient("Not Staff"))
                .status())
        .isEqualTo(403);

    // The call comes while the day is being optimised: the solve starts again without the nurse.
    assertThat(api.post(planPath(clinic, day) + "/solve", "", Api.DISPATCHER).status())
        .isEqualTo(202);
    Api.Reply event =
        api.post(
            planPath(clinic, day) + "/day-events",
            "{\"kind\":\"NURSE_SICK\",\"nurseId\":" + sick + "}",
            Api.DISPATCHER);
    assertThat(event.status()).as(event.toString()).isEqualTo(200);
    JsonObject replanned = awaitSolved(planPath(clinic, day));
    assertThat(replanned.getBoolean("feasible")).as(replanned.toString()).isTrue();
    assertThat(replanned.getJsonArray("unassigned")).isEmpty();
    assertThat(
            replanned.getJsonArray("sessions").stream()
                .map(x -> x.asJsonObject().getString("nurseName")))
        .as("re-planned without the sick nurse, no second Optimise needed")
        .containsOnly("Stand In");
    assertThat(
            event.json().getJsonArray("affectedAppointments").stream()
                .map(v -> Long.valueOf(v.toString())))
        .containsExactlyInAnyOrderElementsOf(booked);
    assertThat(api.get("api/admin/shifts/" + sickShift, Api.ADMIN).json().getBoolean("calledOff"))
        .isTrue();
    JsonObject released = api.get("api/appointments/" + booked.get(0), Api.DISPATCHER).json();
    assertThat(released.containsKey("nurseName") && !released.isNull("nurseName")).isFalse();

    Api.Reply later =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY + 2, 13, 0)),
            practice.clearedPatient("After The Call"));
    assertThat(later.json().getString("nurseName"))
        .as("a called-off shift takes no bookings")
        .isEqualTo("Stand In");

    assertThat(api.post(planPath(clinic, day) + "/solve", "", Api.DISPATCHER).status())
        .isEqualTo(202);
    JsonObject solved = awaitSolved(planPath(clinic, day));
    assertThat(solved.getBoolean("feasible")).as(solved.toString()).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    assertThat(api.post(planPath(clinic, day) + "/publish", "", Api.DISPATCHER).status())
        .isEqualTo(200);
    for (long id : booked) {
      assertThat(api.get("api/appointments/" + id, Api.DISPATCHER).json().getString("nurseName"))
          .isEqualTo("Stand In");
    }
  }

  /** A clinic nurse on 08:00-16:30 with a half-hour break at noon, who can log in. */
  private Login nurseWithNoonBreak(String name, TestPractice.TodayClinic today) {
    Login nurse = practice.nurseWithLogin(name);
    practice.shift(
        practice.nurseId(nurse),
        today.id(),
        "CLINIC",
        today.at(8, 0),
        today.at(16, 30),
        today.at(12, 0),
        30);
    return nurse;
  }

  @Test
  void aFourHourInfusionIsWatchedThroughTheNursesBreakByAColleagueWhoseSickDayIsReplanned()
      throws Exception {
    // The nurse marks arrived, which she can on today's visits only.
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    LocalDate day = today.today();
    long clinic = today.id();
    long infusion = practice.treatment(240, 60, "\"CLINIC\"", "");
    Login ann = nurseWithNoonBreak("Ann Breaks", today);
    Login patient = practice.clearedPatient("Long Infusion");
    String booking = TestPractice.clinicBooking(infusion, clinic, today.at(9, 0));
    assertThat(api.post("api/appointments", booking, patient).status())
        .as("09:00-14:00 runs through Ann's break and nobody could watch the patient then")
        .isEqualTo(409);

    Login ben = practice.nurseWithLogin("Ben Covers");
    long benId = practice.nurseId(ben);
    practice.shift(benId, clinic, "CLINIC", today.at(11, 0), today.at(17, 0));
    Api.Reply booked = api.post("api/appointments", booking, patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(booked.json().getString("nurseName")).isEqualTo("Ann Breaks");
    JsonObject cover = booked.json().getJsonObject("cover");
    assertThat(cover.getString("nurseName")).isEqualTo("Ben Covers");
    assertThat(OffsetDateTime.parse(cover.getString("from")).toLocalTime()).hasToString("12:00");
    assertThat(OffsetDateTime.parse(cover.getString("to")).toLocalTime()).hasToString("12:30");
    long appointment = booked.json().getJsonNumber("id").longValue();

    JsonObject onBensDay = api.get("api/nurse/visits?day=" + day, ben).array().getJsonObject(0);
    assertThat(onBensDay.getJsonNumber("appointmentId").longValue()).isEqualTo(appointment);
    assertThat(onBensDay.getJsonObject("cover").getBoolean("yours")).isTrue();
    assertThat(onBensDay.getJsonObject("cover").getString("nurseName")).isEqualTo("Ann Breaks");
    JsonObject onAnnsDay = api.get("api/nurse/visits?day=" + day, ann).array().getJsonObject(0);
    assertThat(onAnnsDay.getJsonObject("cover").getBoolean("yours")).isFalse();
    assertThat(onAnnsDay.getJsonObject("cover").getString("nurseName")).isEqualTo("Ben Covers");

    JsonObject asBooked = api.get(planPath(clinic, day), Api.DISPATCHER).json();
    assertThat(asBooked.getBoolean("feasible")).as(asBooked.toString()).isTrue();
    assertThat(
            asBooked
                .getJsonArray("sessions")
                .getJsonObject(0)
                .getJsonObject("cover")
                .getString("nurseName"))
        .isEqualTo("Ben Covers");

    // Ann is with the patient already: the session stays hers, only the cover may change.
    assertThat(
            api.post("api/nurse/visits/" + appointment + "/progress", "{\"step\":\"ARRIVED\"}", ann)
                .status())
        .isEqualTo(200);
    long cara = practice.nurse("Cara Stays", "");
    practice.shift(cara, clinic, "CLINIC", today.at(8, 0), today.at(17, 0));
    Api.Reply sick =
        api.post(
            planPath(clinic, day) + "/day-events",
            "{\"kind\":\"NURSE_SICK\",\"nurseId\":" + benId + "}",
            Api.DISPATCHER);
    assertThat(sick.status()).as(sick.toString()).isEqualTo(200);
    assertThat(sick.json().getString("summary"))
        .contains("1 clinic patient needs someone else to watch them through a colleague's break");
    assertThat(
            api.get("api/appointments/" + appointment, Api.DISPATCHER).json().containsKey("cover"))
        .isFalse();
    JsonObject uncovered = api.get(planPath(clinic, day), Api.DISPATCHER).json();
    assertThat(uncovered.getBoolean("feasible"))
        .as("the patient would be alone during Ann's break")
        .isFalse();

    assertThat(api.post(planPath(clinic, day) + "/solve", "", Api.DISPATCHER).status())
        .isEqualTo(202);
    JsonObject solved = awaitSolved(planPath(clinic, day));
    assertThat(solved.getBoolean("feasible")).as(solved.toString()).isTrue();
    assertThat(solved.getJsonArray("unassigned")).isEmpty();
    assertThat(api.post(planPath(clinic, day) + "/publish", "", Api.DISPATCHER).status())
        .isEqualTo(200);
    JsonObject replanned = api.get("api/appointments/" + appointment, Api.DISPATCHER).json();
    assertThat(replanned.getString("nurseName")).isEqualTo("Ann Breaks");
    assertThat(replanned.getJsonObject("cover").getString("nurseName")).isEqualTo("Cara Stays");
  }

  @Test
  void aSessionThatOverrunsIntoTheNursesBreakIsGivenACover() throws Exception {
    // The nurse marks arrived, which she can on today's visits only.
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    LocalDate day = today.today();
    long clinic = today.id();
    long infusion = practice.treatment(40, 20, "\"CLINIC\"", "");
    Login dee = nurseWithNoonBreak("Dee Overruns", today);
    long eli = practice.nurse("Eli Helps", "");
    practice.shift(eli, clinic, "CLINIC", today.at(11, 0), today.at(17, 0), today.at(15, 0), 30);
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(infusion, clinic, today.at(11, 0)),
            practice.clearedPatient("Runs Long"));
    assertThat(booked.json().getString("nurseName")).isEqualTo("Dee Overruns");
    assertThat(booked.json().containsKey("cover"))
        .as("11:00-12:00 ends as the break begins")
        .isFalse();
    long appointment = booked.json().getJsonNumber("id").longValue();
    assertThat(
            api.post("api/nurse/visits/" + appointment + "/progress", "{\"step\":\"ARRIVED\"}", dee)
                .status())
        .isEqualTo(200);

    Api.Reply overran =
        api.post(
            planPath(clinic, day) + "/day-events",
            "{\"kind\":\"VISIT_OVERRAN\",\"appointmentId\":" + appointment + ",\"minutes\":20}",
            Api.DISPATCHER);
    assertThat(overran.status()).as(overran.toString()).isEqualTo(200);
    assertThat(overran.json().getString("summary")).contains("runs into the nurse's break");
    assertThat(api.get(planPath(clinic, day), Api.DISPATCHER).json().getBoolean("feasible"))
        .isFalse();

    assertThat(api.post(planPath(clinic, day) + "/solve", "", Api.DISPATCHER).status())
        .isEqualTo(202);
    JsonObject solved = awaitSolved(planPath(clinic, day));
    assertThat(solved.getBoolean("feasible")).as(solved.toString()).isTrue();
    assertThat(api.post(planPath(clinic, day) + "/publish", "", Api.DISPATCHER).status())
        .isEqualTo(200);
    JsonObject covered = api.get("api/appointments/" + appointment, Api.DISPATCHER).json();
    assertThat(covered.getString("nurseName"))
        .as("under way: the session stays Dee's")
        .isEqualTo("Dee Overruns");
    assertThat(covered.getJsonObject("cover").getString("nurseName")).isEqualTo("Eli Helps");
    assertThat(OffsetDateTime.parse(covered.getJsonObject("cover").getString("to")).toLocalTime())
        .hasToString("12:20");
  }

  @Test
  void aNoShowLeavesThePlanAndAnOverrunLengthensTheSessionUnderWay() {
    // The nurse marks arrived, which she can on today's visits only.
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    LocalDate day = today.today();
    long clinic = today.id();
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    Login nurse = practice.nurseWithLogin("Event Nurse");
    practice.shift(practice.nurseId(nurse), clinic, "CLINIC", today.at(8, 0), today.at(16, 0));
    long missed =
        api.post(
                "api/appointments",
                TestPractice.clinicBooking(treatment, clinic, today.at(9, 0)),
                practice.clearedPatient("Missed"))
            .json()
            .getJsonNumber("id")
            .longValue();
    long running =
        api.post(
                "api/appointments",
                TestPractice.clinicBooking(treatment, clinic, today.at(11, 0)),
                practice.clearedPatient("Running Over"))
            .json()
            .getJsonNumber("id")
            .longValue();

    Api.Reply noShow =
        api.post(
            planPath(clinic, day) + "/day-events",
            "{\"kind\":\"NO_SHOW\",\"appointmentId\":" + missed + "}",
            Api.DISPATCHER);
    assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
    assertThat(api.get("api/appointments/" + missed, Api.DISPATCHER).json().getString("status"))
        .isEqualTo("NO_SHOW");
    assertThat(
            api.get(planPath(clinic, day), Api.DISPATCHER).json().getJsonArray("sessions").stream()
                .map(s -> s.asJsonObject().getJsonNumber("appointmentId").longValue()))
        .containsExactly(running);

    String overrun =
        "{\"kind\":\"VISIT_OVERRAN\",\"appointmentId\":" + running + ",\"minutes\":25}";
    assertThat(api.post(planPath(clinic, day) + "/day-events", overrun, Api.DISPATCHER).status())
        .as("only a session under way can run over")
        .isEqualTo(409);
    assertThat(
            api.post("api/nurse/visits/" + running + "/progress", "{\"step\":\"ARRIVED\"}", nurse)
                .status())
        .isEqualTo(200);
    assertThat(api.post(planPath(clinic, day) + "/day-events", overrun, Api.DISPATCHER).status())
        .isEqualTo(200);
    assertThat(
            api.get("api/appointments/" + running, Api.DISPATCHER)
                .json()
                .getInt("occupancyMinutes"))
        .isEqualTo(85);
    JsonObject session =
        api.get(planPath(clinic, day), Api.DISPATCHER)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0);
    assertThat(session.getInt("minutes")).isEqualTo(85);
    assertThat(session.getBoolean("pinned")).isTrue();
    assertThat(
            api.post(planPath(clinic, day.plusDays(1)) + "/day-events", overrun, Api.DISPATCHER)
                .status())
        .as("an appointment of another day")
        .isEqualTo(404);
  }

  private JsonObject awaitSolved(long clinic) throws InterruptedException {
    return awaitSolved(planPath(clinic));
  }

  private JsonObject awaitSolved(String path) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject plan = api.get(path, Api.DISPATCHER).json();
      if (plan.getString("status").equals("SOLVED")) {
        return plan;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The optimizer did not finish within a minute.");
  }
}
