package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Availability, booking, cancelling, moving and series, against a small practice each test builds.
 */
class BookingIT extends DeployedApplication {

  static final int DAY = 6;
  long clinic;
  long treatment;

  @BeforeEach
  void smallClinic() {
    clinic = practice.clinic(1);
    treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "\"IV_THERAPY\"");
  }

  private void clinicNurseOn(int day, int fromHour, int toHour) {
    long nurse = practice.nurse("Clinic Nurse", "\"IV_THERAPY\"");
    practice.shift(
        nurse,
        clinic,
        "CLINIC",
        TestPractice.at(day, fromHour, 0),
        TestPractice.at(day, toHour, 0));
  }

  private JsonArray availability(Login who, String setting, int day) {
    String date = TestPractice.at(day, 0, 0).toLocalDate().toString();
    Api.Reply reply =
        api.get(
            "api/availability?treatment=%d&setting=%s&clinic=%d&from=%s&to=%s"
                .formatted(treatment, setting, clinic, date, date),
            who);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.array();
  }

  private static OffsetDateTime start(JsonObject window) {
    return OffsetDateTime.parse(window.getString("start"));
  }

  @Test
  void availabilityOffersOnlyWhatAChairAndACertifiedNurseOnShiftCanTake() {
    Login patient = practice.clearedPatient("Offered Windows");
    assertThat(availability(patient, "CLINIC", DAY)).as("no nurse on shift").isEmpty();

    clinicNurseOn(DAY, 9, 12);
    JsonArray offered = availability(patient, "CLINIC", DAY);
    // 60 minutes of session and observation must fit 09:00-12:00 on a half-hour grid: 09:00 ..
    // 11:00.
    assertThat(offered.stream().map(w -> start(w.asJsonObject()).toLocalTime().toString()))
        .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
    assertThat(offered.getJsonObject(0).getString("start")).matches(".*[-+]0[78]:00");

    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 30)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    assertThat(booked.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.contains("/api/appointments/"));
    assertThat(booked.json().getString("status")).isEqualTo("BOOKED");
    assertThat(booked.json().getString("chairLabel")).isEqualTo("C1");
    assertThat(booked.json().getString("nurseName")).isEqualTo("Clinic Nurse");

    // The one chair is taken from 09:30 to 10:30: starts overlapping it are gone.
    assertThat(
            availability(practice.clearedPatient("Second Patient"), "CLINIC", DAY).stream()
                .map(w -> start(w.asJsonObject()).toLocalTime().toString()))
        .containsExactly("10:30", "11:00");
  }

  @Test
  void aBookingOutsideWhatIsOfferedIsRefusedWithAConflict() {
    clinicNurseOn(DAY, 9, 12);
    Login patient = practice.clearedPatient("Too Late");
    Api.Reply tooLate =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 11, 30)),
            patient);
    assertThat(tooLate.status()).isEqualTo(409);
    assertThat(tooLate.json().getString("detail")).contains("no longer available");
    assertThat(api.get("api/appointments", patient).array()).isEmpty();
  }

  @Test
  void unscreenedPatientsAndBadRequestsAreToldWhatToDo() {
    clinicNurseOn(DAY, 9, 12);
    Login unscreened = practice.registeredPatient("Not Screened");
    Api.Reply refused =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
            unscreened);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("screening");

    Login patient = practice.clearedPatient("Bad Requests");
    Api.Reply missing = api.post("api/appointments", "{\"setting\":\"CLINIC\"}", patient);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(
            missing.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("treatmentId", "clinicId", "windowStart");
    Api.Reply past =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(-1, 9, 0)),
            patient);
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("windowStart");
    Api.Reply unknownClinic =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, 987_654_321L, TestPractice.at(DAY, 9, 0)),
            patient);
    assertThat(unknownClinic.status()).isEqualTo(404);
    Api.Reply badQuery =
        api.get(
            "api/availability?treatment=x&setting=MOON&clinic=1&from=tomorrow&to=2026-01-01",
            patient);
    assertThat(badQuery.status()).isEqualTo(400);
    assertThat(badQuery.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("treatment");
  }

  @Test
  void cancellingFreesThePlaceAndIsFinal() {
    clinicNurseOn(DAY, 9, 12);
    Login patient = practice.clearedPatient("Cancels Once");
    long id =
        api.post(
                "api/appointments",
                TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
                patient)
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(availability(patient, "CLINIC", DAY)).hasSize(3);

    Api.Reply cancelled = api.post("api/appointments/" + id + "/cancel", "", patient);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(availability(patient, "CLINIC", DAY)).hasSize(5);
    assertThat(api.post("api/appointments/" + id + "/cancel", "", patient).status()).isEqualTo(409);
  }

  @Test
  void reschedulingMovesThePromiseAndRespectsTheCutOff() {
    clinicNurseOn(DAY, 9, 12);
    Login patient = practice.clearedPatient("Moves Around");
    JsonObject booked =
        api.post(
                "api/appointments",
                TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
                patient)
            .json();
    long id = booked.getJsonNumber("id").longValue();

    Api.Reply stale =
        api.post(
            "api/appointments/" + id + "/reschedule",
            """
        {"windowStart":"%s","expectedVersion":%d}"""
                .formatted(
                    TestPractice.iso(TestPractice.at(DAY, 10, 0)), booked.getInt("version") + 5),
            patient);
    assertThat(stale.status()).isEqualTo(409);

    Api.Reply moved =
        api.post(
            "api/appointments/" + id + "/reschedule",
            """
        {"windowStart":"%s"}"""
                .formatted(TestPractice.iso(TestPractice.at(DAY, 10, 30))),
            patient);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(OffsetDateTime.parse(moved.json().getString("windowStart")).toLocalTime().toString())
        .isEqualTo("10:30");
    assertThat(
            availability(patient, "CLINIC", DAY).stream()
                .map(w -> start(w.asJsonObject()).toLocalTime().toString()))
        .containsExactly("09:00", "09:30");

    // The reply names the version the move stored: a client that sends it back can move again.
    assertThat(moved.json().getInt("version"))
        .isEqualTo(api.get("api/appointments/" + id, patient).json().getInt("version"));
    Api.Reply movedAgain =
        api.post(
            "api/appointments/" + id + "/reschedule",
            """
        {"windowStart":"%s","expectedVersion":%d}"""
                .formatted(
                    TestPractice.iso(TestPractice.at(DAY, 9, 30)), moved.json().getInt("version")),
            patient);
    assertThat(movedAgain.status()).as(movedAgain.toString()).isEqualTo(200);
    Api.Reply cancelled = api.post("api/appointments/" + id + "/cancel", "", patient);
    assertThat(cancelled.json().getInt("version"))
        .as("a cancellation answers with the version it stored")
        .isEqualTo(api.get("api/appointments/" + id, patient).json().getInt("version"));

    // Within the 24-hour cut-off a patient can no longer change online.
    ZonedDateTime soon =
        ZonedDateTime.now(TestPractice.ZONE).plusHours(3).truncatedTo(ChronoUnit.HOURS);
    if (soon.getHour() >= 22) {
      soon =
          soon.plusHours(3); // the test clinic's day ends at 23:59; still well within the cut-off
    }
    long nurse = practice.nurse("Today Nurse", "\"IV_THERAPY\"");
    practice.shift(nurse, clinic, "CLINIC", soon.minusHours(1), soon.plusHours(3));
    Api.Reply today =
        api.post("api/appointments", TestPractice.clinicBooking(treatment, clinic, soon), patient);
    assertThat(today.status()).as(today.toString()).isEqualTo(201);
    long todayId = today.json().getJsonNumber("id").longValue();
    Api.Reply tooLate = api.post("api/appointments/" + todayId + "/cancel", "", patient);
    assertThat(tooLate.status()).isEqualTo(409);
    assertThat(tooLate.json().getString("detail")).contains("24 hours");
    assertThat(api.post("api/appointments/" + todayId + "/cancel", "", Api.DISPATCHER).status())
        .as("dispatchers are not bound by the cut-off")
        .isEqualTo(200);
  }

  @Test
  void aHomeVisitNeedsAFieldNurseWithTimeForTravelSessionAndObservation() {
    Login patient = practice.clearedPatient("At Home");
    assertThat(availability(patient, "HOME", DAY)).isEmpty();
    long field = practice.nurse("Field Nurse", "\"IV_THERAPY\",\"HOME_VISIT\"");
    practice.shift(field, clinic, "FIELD", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 12, 0));

    JsonArray windows = availability(patient, "HOME", DAY);
    // Arrival windows open on the hour from 08:00; a 60-minute visit plus the drive home must end
    // by 12:00.
    assertThat(windows.stream().map(w -> start(w.asJsonObject()).toLocalTime().toString()))
        .containsExactly("08:00", "09:00", "10:00");
    Api.Reply visit =
        api.post(
            "api/appointments",
            """
        {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s","windowEnd":"%s"}"""
                .formatted(
                    treatment,
                    clinic,
                    TestPractice.iso(TestPractice.at(DAY, 8, 0)),
                    TestPractice.iso(TestPractice.at(DAY, 10, 0))),
            patient);
    assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
    assertThat(visit.json().getString("nurseName")).isEqualTo("Field Nurse");
    OffsetDateTime planned = OffsetDateTime.parse(visit.json().getString("plannedStart"));
    assertThat(planned.toLocalTime())
        .isAfter(java.time.LocalTime.of(8, 0))
        .isBefore(java.time.LocalTime.of(8, 30));
  }

  @Test
  void homeWindowsAreRankedByWhatTheyWouldCostTheNursesDay() {
    long field = practice.nurse("Ranked Nurse", "\"IV_THERAPY\",\"HOME_VISIT\"");
    practice.shift(
        field, clinic, "FIELD", TestPractice.at(DAY + 1, 8, 0), TestPractice.at(DAY + 1, 19, 0));
    double east = TestPractice.LON + 0.12;
    double west = TestPractice.LON - 0.12;
    bookHome(practice.clearedPatientAt("East Side", TestPractice.LAT, east), DAY + 1, 10);
    bookHome(practice.clearedPatientAt("West Side", TestPractice.LAT, west), DAY + 1, 14);

    // Another patient in the east: on the way while the nurse is east in the morning; a crossing
    // after 14:00.
    JsonArray windows =
        availability(
            practice.clearedPatientAt("Also East", TestPractice.LAT, east), "HOME", DAY + 1);
    java.util.Map<String, Integer> rankAt = new java.util.TreeMap<>();
    windows.forEach(
        w ->
            rankAt.put(
                start(w.asJsonObject()).toLocalTime().toString(), w.asJsonObject().getInt("rank")));
    assertThat(rankAt).containsKeys("11:00", "16:00");
    assertThat(rankAt.get("11:00")).as("%s", rankAt).isEqualTo(1);
    assertThat(rankAt.get("16:00")).as("%s", rankAt).isGreaterThan(1);
  }

  private void bookHome(Login patient, int day, int hour) {
    practice.booked(
        patient, TestPractice.homeBooking(treatment, clinic, TestPractice.at(day, hour, 0)));
  }

  @Test
  void aSeriesIsBookedWithinItsGapsOrNotAtAll() {
    for (int day : new int[] {DAY, DAY + 3, DAY + 6}) {
      clinicNurseOn(day, 9, 11);
    }
    Login patient = practice.clearedPatient("Series Patient");
    Api.Reply series =
        api.post(
            "api/series",
            TestPractice.clinicSeries(
                treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 9, 0)), 3, 2, 4),
            patient);
    assertThat(series.status()).as(series.toString()).isEqualTo(201);
    JsonArray sessions = series.json().getJsonArray("sessions");
    assertThat(sessions).hasSize(3);
    assertThat(
            sessions.stream()
                .map(
                    s ->
                        OffsetDateTime.parse(s.asJsonObject().getString("windowStart"))
                            .toLocalDate()))
        .containsExactly(
            TestPractice.at(DAY, 0, 0).toLocalDate(),
            TestPractice.at(DAY + 3, 0, 0).toLocalDate(),
            TestPractice.at(DAY + 6, 0, 0).toLocalDate());
    assertThat(sessions.stream().map(s -> s.asJsonObject().getInt("seriesIndex")))
        .containsExactly(1, 2, 3);

    Login other = practice.clearedPatient("No Room For Series");
    int before = api.get("api/appointments", other).array().size();
    Api.Reply impossible =
        api.post(
            "api/series",
            TestPractice.clinicSeries(
                treatment, clinic, TestPractice.iso(TestPractice.at(DAY, 10, 0)), 3, 1, 2),
            other);
    assertThat(impossible.status()).as(impossible.toString()).isEqualTo(409);
    assertThat(impossible.json().getString("detail")).contains("nothing was booked");
    assertThat(api.get("api/appointments", other).array()).hasSize(before);
    assertThat(
            availability(other, "CLINIC", DAY).stream()
                .map(w -> start(w.asJsonObject()).toLocalTime().toString()))
        .as("the first session of the failed series was not kept")
        .contains("10:00");
  }
}
