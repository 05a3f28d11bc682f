package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Admins keep shifts: a weekly pattern over several weeks, previewed first, skipping the days the
 * nurse already works; deleting a shift that carries bookings is guarded as every change is.
 */
class ShiftAdminIT extends DeployedApplication {

  private static final LocalDate FIRST_MONDAY =
      LocalDate.now(TestPractice.ZONE)
          .plusWeeks(2)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

  private static String pattern(long clinic, String weekdays, String start, String end, int weeks) {
    return """
        {"clinicId":%d,"kind":"CLINIC","weekdays":[%s],"start":"%s","end":"%s","breakStart":"12:00",
         "breakMinutes":30,"firstWeek":"%s","weeks":%d}"""
        .formatted(clinic, weekdays, start, end, FIRST_MONDAY.plusDays(2), weeks);
  }

  private List<JsonObject> shiftsOf(long nurse) {
    return api
        .get(
            "api/admin/nurses/"
                + nurse
                + "/shifts?from="
                + FIRST_MONDAY
                + "&to="
                + FIRST_MONDAY.plusWeeks(4),
            Api.ADMIN)
        .array()
        .stream()
        .map(s -> s.asJsonObject())
        .toList();
  }

  private static LocalTime clinicTime(String iso) {
    return OffsetDateTime.parse(iso).atZoneSameInstant(TestPractice.ZONE).toLocalTime();
  }

  @Test
  void aWeeklyPatternIsPreviewedThenCreatedSkippingTheDayTheNurseAlreadyWorks() {
    long clinic = practice.clinic(1);
    long nurse = practice.nurse("Pattern Pat", "");
    LocalDate tuesday = FIRST_MONDAY.plusDays(1);
    practice.shift(
        nurse,
        clinic,
        "CLINIC",
        tuesday.atTime(6, 0).atZone(TestPractice.ZONE),
        tuesday.atTime(9, 0).atZone(TestPractice.ZONE));
    String body = pattern(clinic, "\"MONDAY\",\"TUESDAY\"", "08:00", "16:00", 3);

    Api.Reply preview =
        api.post("api/admin/nurses/" + nurse + "/shift-patterns/preview", body, Api.ADMIN);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().getBoolean("saved")).isFalse();
    assertThat(preview.json().getJsonArray("created")).hasSize(5);
    JsonObject skipped = preview.json().getJsonArray("skipped").getJsonObject(0);
    assertThat(OffsetDateTime.parse(skipped.getString("start")).toLocalDate()).isEqualTo(tuesday);
    assertThat(skipped.getString("skippedBecause"))
        .isEqualTo("Already works 06:00–09:00 (Test clinic " + practice.tag + ").");
    assertThat(shiftsOf(nurse)).as("a preview stores nothing").hasSize(1);

    Api.Reply created = api.post("api/admin/nurses/" + nurse + "/shift-patterns", body, Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getBoolean("saved")).isTrue();
    assertThat(created.json().getJsonArray("skipped")).hasSize(1);
    List<JsonObject> stored = shiftsOf(nurse);
    assertThat(stored).hasSize(6);
    assertThat(
            stored.stream()
                .filter(
                    s -> !OffsetDateTime.parse(s.getString("start")).toLocalDate().equals(tuesday))
                .map(s -> OffsetDateTime.parse(s.getString("start")))
                .map(start -> start.getDayOfWeek() + " " + clinicTime(start.toString())))
        .containsOnly("MONDAY 08:00", "TUESDAY 08:00")
        .hasSize(5);
    assertThat(
            stored.stream()
                .filter(s -> s.containsKey("breakStart"))
                .map(s -> clinicTime(s.getString("breakStart"))))
        .containsOnly(LocalTime.NOON);

    Api.Reply twice = api.post("api/admin/nurses/" + nurse + "/shift-patterns", body, Api.ADMIN);
    assertThat(twice.json().getJsonArray("created"))
        .as("the same pattern again adds nothing")
        .isEmpty();
    assertThat(twice.json().getJsonArray("skipped")).hasSize(6);
  }

  @Test
  void aPatternSaysWhatIsMissingAndOnlyAdminsMayAddOne() {
    long clinic = practice.clinic(1);
    long nurse = practice.nurse("Invalid Ivy", "");
    String preview = "api/admin/nurses/" + nurse + "/shift-patterns/preview";

    Api.Reply noDays = api.post(preview, pattern(clinic, "", "08:00", "16:00", 2), Api.ADMIN);
    assertThat(noDays.status()).isEqualTo(400);
    assertThat(noDays.contentType()).startsWith("application/problem+json");
    assertThat(noDays.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("Tick at least one weekday.");
    Api.Reply tooLong =
        api.post(preview, pattern(clinic, "\"MONDAY\"", "08:00", "16:00", 13), Api.ADMIN);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("weeks");
    Api.Reply backwards =
        api.post(preview, pattern(clinic, "\"MONDAY\"", "16:00", "08:00", 2), Api.ADMIN);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("end");
    assertThat(
            api.post(
                    "api/admin/nurses/987654321/shift-patterns",
                    pattern(clinic, "\"MONDAY\"", "08:00", "16:00", 2),
                    Api.ADMIN)
                .status())
        .isEqualTo(404);

    Login nurseLogin = practice.nurseWithLogin("Curious Cora");
    for (Login refused : List.of(Api.DISPATCHER, Api.CLINICIAN, nurseLogin)) {
      assertThat(
              api.post(
                      "api/admin/nurses/" + nurse + "/shift-patterns",
                      pattern(clinic, "\"MONDAY\"", "08:00", "16:00", 2),
                      refused)
                  .status())
          .as(refused.login())
          .isEqualTo(403);
    }
    assertThat(shiftsOf(nurse)).isEmpty();
  }

  @Test
  void deletingAShiftWithABookingAsksFirstThenPlacesItWithAColleagueOrIsRefused() {
    int day = 13;
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long anna = practice.nurse("Anna Delete", "");
    long bert = practice.nurse("Bert Delete", "");
    long annasShift =
        practice.shift(
            anna, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    long bertsShift =
        practice.shift(
            bert, clinic, "CLINIC", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, 9, 0)),
            practice.clearedPatient("Kept Kim " + practice.tag));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long booking = booked.json().getJsonNumber("id").longValue();
    boolean withAnna = booked.json().getString("nurseName").equals("Anna Delete");
    long carrying = withAnna ? annasShift : bertsShift;
    long other = withAnna ? bertsShift : annasShift;

    Api.Reply asked = api.delete("api/admin/shifts/" + carrying, Api.ADMIN);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
    assertThat(asked.json().getBoolean("canReplaceBookings")).isTrue();
    assertThat(
            asked
                .json()
                .getJsonArray("affectedBookings")
                .getJsonObject(0)
                .getJsonNumber("appointmentId")
                .longValue())
        .isEqualTo(booking);
    assertThat(api.get("api/admin/shifts/" + carrying, Api.ADMIN).status())
        .as("nothing deleted before the admin agrees")
        .isEqualTo(200);
    assertThat(api.delete("api/admin/shifts/" + carrying, Api.DISPATCHER).status()).isEqualTo(403);

    Api.Reply deleted =
        api.delete("api/admin/shifts/" + carrying + "?replaceBookings=true", Api.ADMIN);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(deleted.json().getJsonArray("movedBookings")).hasSize(1);
    assertThat(api.get("api/admin/shifts/" + carrying, Api.ADMIN).status()).isEqualTo(404);
    JsonObject moved = api.get("api/appointments/" + booking, Api.DISPATCHER).json();
    assertThat(moved.getString("nurseName")).isEqualTo(withAnna ? "Bert Delete" : "Anna Delete");
    assertThat(moved.getString("windowStart")).isEqualTo(booked.json().getString("windowStart"));

    Api.Reply refused =
        api.delete("api/admin/shifts/" + other + "?replaceBookings=true", Api.ADMIN);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getBoolean("canReplaceBookings")).isFalse();
    assertThat(api.get("api/admin/shifts/" + other, Api.ADMIN).status())
        .as("the refused deletion was not made")
        .isEqualTo(200);
  }
}
