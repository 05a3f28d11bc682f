package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The series search through the API: first times are offered only when the whole series fits from
 * them, booking one books the sessions it proposed, a move of a series session is offered only the
 * times that keep the gaps, and when nothing fits the answer says what would.
 */
class SeriesSearchIT extends DeployedApplication {

  static final int DAY = TimePickerPagesIT.earlyInAMonth(35);
  long clinic;
  long treatment;

  @BeforeEach
  void clinicWithATreatment() {
    clinic = practice.clinic(3);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
  }

  /** A nurse on shift at the clinic on each of these days (counted from {@link #DAY}). */
  static void nurseOn(TestPractice practice, long clinic, int fromHour, int toHour, int... days) {
    certifiedNurseOn(practice, "", clinic, fromHour, toHour, days);
  }

  static void certifiedNurseOn(
      TestPractice practice,
      String certifications,
      long clinic,
      int fromHour,
      int toHour,
      int... days) {
    long nurse = practice.nurse("Series Nurse", certifications);
    for (int day : days) {
      practice.shift(
          nurse,
          clinic,
          "CLINIC",
          TestPractice.at(DAY + day, fromHour, 0),
          TestPractice.at(DAY + day, toHour, 0));
    }
  }

  /** Books three sessions, 2 to 4 days apart, the first on day 0 at 09:00; returns the sessions. */
  static JsonArray bookThreeSessionsFromDayZero(
      Api api, Login patient, long treatment, long clinic) {
    Api.Reply series =
        api.post(
            "api/series",
            TestPractice.clinicSeries(
                treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 9, 0)), 3, 2, 4),
            patient);
    assertThat(series.status()).as(series.toString()).isEqualTo(201);
    return series.json().getJsonArray("sessions");
  }

  static String seriesQuery(
      long treatment, long clinic, int fromDay, int sessions, int minGap, int maxGap) {
    String from = TestPractice.at(DAY + fromDay, 0, 0).toLocalDate().toString();
    String to = TestPractice.at(DAY + fromDay + 27, 0, 0).toLocalDate().toString();
    return "api/series/availability?treatment=%d&setting=CLINIC&clinic=%d&from=%s&to=%s&sessions=%d&minGapDays=%d&maxGapDays=%d"
        .formatted(treatment, clinic, from, to, sessions, minGap, maxGap);
  }

  private JsonObject seriesAvailability(Login patient, int sessions, int minGap, int maxGap) {
    long started = System.nanoTime();
    Api.Reply reply = api.get(seriesQuery(treatment, clinic, 0, sessions, minGap, maxGap), patient);
    System.out.printf(
        "Series availability, %d sessions with %d to %d days between, over 28 first days: %d ms%n",
        sessions, minGap, maxGap, (System.nanoTime() - started) / 1_000_000);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static LocalDate dayOf(JsonValue window) {
    return OffsetDateTime.parse(window.asJsonObject().getString("start")).toLocalDate();
  }

  private static LocalDate sessionDay(JsonObject appointment) {
    return OffsetDateTime.parse(appointment.getString("windowStart")).toLocalDate();
  }

  private static List<LocalDate> days(int... offsets) {
    return IntStream.of(offsets)
        .mapToObj(d -> TestPractice.at(DAY + d, 0, 0).toLocalDate())
        .toList();
  }

  @Test
  void everyOfferedFirstTimeBooksTheWholeSeriesOnTheDaysItProposed() {
    // From day 0 the earliest next day, 2, leads nowhere (nobody works days 4 to 6); day 3 leads
    // on.
    // From any later day fewer than six sessions fit.
    nurseOn(practice, clinic, 9, 11, 0);
    nurseOn(practice, clinic, 8, 16, 2, 3, 7, 11, 15, 19);

    JsonArray firstTimes =
        seriesAvailability(practice.clearedPatient("Looking"), 6, 2, 4).getJsonArray("firstTimes");

    assertThat(
            firstTimes.stream()
                .map(
                    w ->
                        OffsetDateTime.parse(w.asJsonObject().getString("start"))
                            .toLocalTime()
                            .toString()))
        .as("only day 0 starts a series that fits; 60 minutes must end by 11:00")
        .containsExactly("09:00", "09:30", "10:00");
    assertThat(firstTimes.stream().map(SeriesSearchIT::dayOf).distinct())
        .containsExactly(days(0).get(0));
    for (JsonValue first : firstTimes) {
      JsonArray proposed = first.asJsonObject().getJsonArray("series");
      assertThat(proposed.stream().map(SeriesSearchIT::dayOf).toList())
          .isEqualTo(days(0, 3, 7, 11, 15, 19));

      Api.Reply booked =
          api.post(
              "api/series",
              TestPractice.clinicSeries(
                  treatment, clinic, first.asJsonObject().getString("start"), 6, 2, 4),
              practice.clearedPatient("Booking Patient"));
      assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
      assertThat(
              booked.json().getJsonArray("sessions").stream()
                  .map(s -> s.asJsonObject().getString("windowStart"))
                  .map(OffsetDateTime::parse)
                  .toList())
          .as("the sessions booked are the ones proposed")
          .isEqualTo(
              proposed.stream()
                  .map(s -> OffsetDateTime.parse(s.asJsonObject().getString("start")))
                  .toList());
    }
  }

  @Test
  void aMovedSeriesSessionIsOfferedOnlyTimesThatKeepTheGapsAndEachIsAccepted() {
    nurseOn(practice, clinic, 9, 11, IntStream.rangeClosed(0, 14).toArray());
    Login patient = practice.clearedPatient("Moving");
    JsonArray sessions = bookThreeSessionsFromDayZero(api, patient, treatment, clinic);
    JsonObject second = sessions.getJsonObject(1);
    JsonObject third = sessions.getJsonObject(2);
    assertThat(sessionDay(third)).isEqualTo(days(4).get(0));

    Api.Reply offered =
        api.get(
            "api/availability?treatment=%d&setting=CLINIC&clinic=%d&from=%s&to=%s&moving=%d"
                .formatted(
                    treatment,
                    clinic,
                    days(0).get(0),
                    days(14).get(0),
                    third.getJsonNumber("id").longValue()),
            patient);
    assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
    assertThat(offered.array().stream().map(SeriesSearchIT::dayOf).distinct())
        .as("2 to 4 days after the second session, on day %s", sessionDay(second))
        .containsExactlyElementsOf(days(4, 5, 6));

    long version = third.getJsonNumber("version").longValue();
    for (JsonValue window : offered.array()) {
      Api.Reply moved =
          api.post(
              "api/appointments/" + third.getJsonNumber("id") + "/reschedule",
              """
          {"windowStart":"%s","expectedVersion":%d}"""
                  .formatted(window.asJsonObject().getString("start"), version),
              patient);
      assertThat(moved.status()).as("moving to %s: %s", window, moved).isEqualTo(200);
      version = moved.json().getJsonNumber("version").longValue();
    }
  }

  @Test
  void whenNoFirstTimeFitsTheWholeSeriesTheAnswerSaysWhatWouldFit() {
    // Only ACLS nurses give it: the other tests' clinics have none on these days.
    treatment = practice.treatment(45, 15, "\"CLINIC\"", "\"ACLS\"");
    certifiedNurseOn(practice, "\"ACLS\"", clinic, 8, 16, 0, 2, 4, 8, 12, 16);
    long roomier = practice.clinic(2);
    certifiedNurseOn(practice, "\"ACLS\"", roomier, 8, 16, IntStream.rangeClosed(0, 12).toArray());

    JsonObject answer = seriesAvailability(practice.clearedPatient("Too Tight"), 6, 2, 2);

    assertThat(answer.getJsonArray("firstTimes")).isEmpty();
    assertThat(answer.getString("whatWouldFit"))
        .startsWith("No first time in these days leaves room for all 6 sessions.")
        .contains("3 sessions instead of 6 fit")
        .contains("With up to 4 days between sessions all 6 fit");
    JsonArray alternatives = answer.getJsonArray("alternatives");
    assertThat(
            alternatives.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("clinicId").longValue() == roomier)
                .map(a -> a.getString("advice")))
        .singleElement()
        .asString()
        .contains("all 6 fit");
    for (JsonValue alternative : alternatives) {
      JsonObject a = alternative.asJsonObject();
      Api.Reply tried =
          api.get(
              seriesQuery(
                  treatment,
                  a.getJsonNumber("clinicId").longValue(),
                  0,
                  a.getInt("sessions"),
                  a.getInt("minGapDays"),
                  a.getInt("maxGapDays")),
              practice.clearedPatient("Trying"));
      assertThat(tried.json().getJsonArray("firstTimes"))
          .as("what %s advises is offered when asked", a.getString("advice"))
          .isNotEmpty();
    }
  }

  @Test
  void aSeriesSearchWithGapsTheWrongWayRoundOrTooManySessionsIsAClearBadRequest() {
    Login patient = practice.clearedPatient("Asking Badly");

    Api.Reply reversed = api.get(seriesQuery(treatment, clinic, 0, 6, 4, 2), patient);
    Api.Reply tooMany = api.get(seriesQuery(treatment, clinic, 0, 13, 2, 4), patient);
    Api.Reply notANumber =
        api.get(
            seriesQuery(treatment, clinic, 0, 6, 2, 4).replace("sessions=6", "sessions=six"),
            patient);

    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.contentType()).startsWith("application/problem+json");
    assertThat(reversed.body()).contains("The maximum gap must not be less than the minimum gap.");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("A series has at most 12 sessions.");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body()).contains("sessions must be a whole number.");
  }
}
