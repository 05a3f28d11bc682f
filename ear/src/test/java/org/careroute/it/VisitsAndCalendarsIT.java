package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/** A nurse's own day and progress, and the calendars of nurses and patients behind secret links. */
class VisitsAndCalendarsIT extends DeployedApplication {

  static final int DAY = 24;

  private long clinic;
  private long treatment;

  private Login nurseOnShift(String name) {
    clinic = practice.clinic(2);
    treatment = practice.treatment(30, 15, "\"CLINIC\"", "");
    Login nurse = practice.nurseWithLogin(name);
    practice.shift(
        practice.nurseId(nurse),
        clinic,
        "CLINIC",
        TestPractice.at(DAY, 8, 0),
        TestPractice.at(DAY, 16, 0));
    return nurse;
  }

  private JsonObject book(Login patient, int hour) {
    return practice.booked(
        patient, TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)));
  }

  /** Fetches a calendar as calendar apps do, asking for text/calendar. */
  private Api.Reply calendar(String path, Login login) {
    return api.send(api.request(path, login).setHeader("Accept", "text/calendar").GET().build());
  }

  /** iCalendar folds long lines at 75 octets; this joins them again. */
  private static String unfolded(String calendar) {
    return calendar.replace("\r\n ", "").replace("\n ", "");
  }

  private Api.Reply progress(long appointment, String step, Login nurse) {
    return api.post(
        "api/nurse/visits/" + appointment + "/progress", "{\"step\":\"" + step + "\"}", nurse);
  }

  /** A nurse on shift today and tomorrow at a clinic where the working day lies ahead. */
  private Login nurseOnShiftToday(String name, TestPractice.TodayClinic today) {
    treatment = practice.treatment(45, 20, "\"CLINIC\"", "");
    Login nurse = practice.nurseWithLogin(name);
    for (int d = 0; d <= 1; d++) {
      practice.shift(
          practice.nurseId(nurse), today.id(), "CLINIC", today.at(d, 7, 0), today.at(d, 17, 0));
    }
    return nurse;
  }

  private long bookAt(TestPractice.TodayClinic today, Login patient, int daysAhead, int hour) {
    return practice.bookedId(
        patient, TestPractice.clinicBooking(treatment, today.id(), today.at(daysAhead, hour, 0)));
  }

  @Test
  void aNurseRecordsProgressOnlyInOrderAndOnlyOnOwnVisits() {
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    Login nurse = nurseOnShiftToday("Olive Order", today);
    long visit = bookAt(today, practice.clearedPatient("Orderly"), 0, 9);
    Login otherNurse = practice.nurseWithLogin("Other Olive");

    Api.Reply day = api.get("api/nurse/visits?day=" + today.today(), nurse);
    assertThat(day.status()).as(day.toString()).isEqualTo(200);
    assertThat(day.array()).hasSize(1);
    JsonObject shown = day.array().getJsonObject(0);
    assertThat(shown.getString("patientName")).isEqualTo("Orderly");
    assertThat(shown.getString("address")).isEqualTo("1 Test Way, Sacramento");
    assertThat(shown.getString("notes")).contains("Standard monitoring");
    assertThat(shown.getString("nextStep")).isEqualTo("ARRIVED");
    assertThat(shown.containsKey("undoUntil")).isFalse();

    assertThat(progress(visit, "FINISHED", nurse).status()).isEqualTo(409);
    assertThat(progress(visit, "ARRIVED", otherNurse).status()).isEqualTo(404);
    assertThat(progress(visit, "ARRIVED", practice.clearedPatient("Not A Nurse")).status())
        .isEqualTo(403);
    Api.Reply noStep = api.post("api/nurse/visits/" + visit + "/progress", "{}", nurse);
    assertThat(noStep.status()).isEqualTo(400);
    assertThat(noStep.body()).contains("ARRIVED, STARTED or FINISHED");
    assertThat(api.get("api/nurse/visits", nurse).status())
        .as("the day is required")
        .isEqualTo(400);

    JsonObject arrived = progress(visit, "ARRIVED", nurse).json();
    assertThat(arrived.getString("status")).isEqualTo("CHECKED_IN");
    assertThat(arrived.getString("arrivedAt")).isNotBlank();
    assertThat(arrived.getString("nextStep")).isEqualTo("STARTED");
    assertThat(api.get("api/appointments/" + visit, Api.DISPATCHER).json().getBoolean("pinned"))
        .as("a visit under way is kept by re-planning")
        .isTrue();
    assertThat(progress(visit, "ARRIVED", nurse).status()).isEqualTo(409);
    assertThat(progress(visit, "STARTED", nurse).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "api/nurse/visits/" + visit + "/progress",
                    "{\"step\":\"FINISHED\",\"confirmEarly\":true}",
                    nurse)
                .json()
                .getString("status"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void onlyTodaysVisitsAreMarkedTheLastMarkCanBeUndoneAndAnEarlyFinishIsConfirmed() {
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    Login nurse = nurseOnShiftToday("Tia Today", today);
    long tomorrow = bookAt(today, practice.clearedPatient("Tomorrow Tom"), 1, 9);
    long visit = bookAt(today, practice.clearedPatient("Today Tess"), 0, 9);

    JsonObject ahead =
        api.get("api/nurse/visits?day=" + today.today().plusDays(1), nurse)
            .array()
            .getJsonObject(0);
    assertThat(ahead.containsKey("nextStep")).as("nothing to mark on another day").isFalse();
    Api.Reply tooSoon = progress(tomorrow, "ARRIVED", nurse);
    assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(409);
    assertThat(tooSoon.json().getString("detail"))
        .startsWith("You can mark only today's visits; this one is on ")
        .doesNotContain(String.valueOf(tomorrow));
    JsonObject untouched = api.get("api/appointments/" + tomorrow, Api.DISPATCHER).json();
    assertThat(untouched.getString("status")).isEqualTo("BOOKED");
    assertThat(untouched.getBoolean("pinned")).isFalse();

    Api.Reply nothingYet = api.post("api/nurse/visits/" + visit + "/progress/undo", "", nurse);
    assertThat(nothingYet.status()).isEqualTo(409);
    assertThat(nothingYet.json().getString("detail")).contains("Nothing has been marked");

    JsonObject arrived = progress(visit, "ARRIVED", nurse).json();
    assertThat(arrived.getString("undoUntil")).isNotBlank();
    assertThat(
            api.post(
                    "api/nurse/visits/" + visit + "/progress/undo",
                    "",
                    practice.nurseWithLogin("Nosy Nell"))
                .status())
        .as("a colleague's visit is not found")
        .isEqualTo(404);
    Api.Reply undone = api.post("api/nurse/visits/" + visit + "/progress/undo", "", nurse);
    assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    assertThat(undone.json().getString("status")).isEqualTo("BOOKED");
    assertThat(undone.json().containsKey("arrivedAt")).isFalse();
    assertThat(undone.json().getString("nextStep")).isEqualTo("ARRIVED");
    assertThat(api.get("api/appointments/" + visit, Api.DISPATCHER).json().getBoolean("pinned"))
        .as("no longer held in place")
        .isFalse();
    assertThat(
            api
                .get("api/admin/audit?recordType=Appointment&recordId=" + visit, Api.ADMIN)
                .array()
                .stream()
                .map(e -> e.asJsonObject())
                .filter(
                    e ->
                        e.getString("actor").equals(nurse.login())
                            && e.getString("action").equals("UPDATE")))
        .as("the arrival and its undo are audited")
        .hasSize(2);

    assertThat(progress(visit, "ARRIVED", nurse).status()).isEqualTo(200);
    assertThat(progress(visit, "STARTED", nurse).status()).isEqualTo(200);
    Api.Reply atOnce = progress(visit, "FINISHED", nurse);
    assertThat(atOnce.status()).as(atOnce.toString()).isEqualTo(409);
    assertThat(atOnce.json().getString("detail"))
        .contains("run 0 minutes of the 65 minutes planned", "confirm");
    assertThat(atOnce.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("confirmEarly");
    assertThat(api.get("api/appointments/" + visit, Api.DISPATCHER).json().getString("status"))
        .isEqualTo("CHECKED_IN");

    JsonObject finished =
        api.post(
                "api/nurse/visits/" + visit + "/progress",
                "{\"step\":\"FINISHED\",\"confirmEarly\":true}",
                nurse)
            .json();
    assertThat(finished.getString("status")).isEqualTo("COMPLETED");
    assertThat(finished.getBoolean("finishedEarly")).isTrue();
    assertThat(finished.getInt("ranMinutes")).isZero();
    assertThat(finished.getInt("occupancyMinutes")).isEqualTo(65);
    JsonObject onTheDay =
        api.get("api/nurse/visits?day=" + today.today(), nurse).array().stream()
            .map(v -> v.asJsonObject())
            .filter(v -> v.getJsonNumber("appointmentId").longValue() == visit)
            .findFirst()
            .orElseThrow();
    assertThat(onTheDay.getBoolean("finishedEarly")).isTrue();
    assertThat(onTheDay.containsKey("nextStep")).isFalse();
  }

  @Test
  void feedLinksWorkUntilReplacedOrRevokedAndANursesFeedNamesNoPatient() {
    Login nurse = nurseOnShift("Fay Feed");
    Login patient = practice.clearedPatient("Frieda Feedwell");
    long booking = book(patient, 10).getJsonNumber("id").longValue();

    assertThat(api.get("api/calendar/feed", nurse).json().getBoolean("active")).isFalse();
    String first = api.post("api/calendar/feed", "", nurse).json().getString("url");
    String second = api.post("api/calendar/feed", "", nurse).json().getString("url");
    assertThat(calendar(first, null).status()).as("a replaced link stops working").isEqualTo(404);
    Api.Reply feed = calendar(second, null);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.contentType()).startsWith("text/calendar");
    assertThat(unfolded(feed.body()))
        .contains("UID:appointment-" + booking + "@careroute", "LOCATION:1 Test Way\\, Sacramento")
        .doesNotContain("Frieda", "Feedwell");
    assertThat(feed.raw().headers().firstValue("Cache-Control")).contains("private, no-store");

    Api.Reply revoked = api.send(api.request("api/calendar/feed", nurse).DELETE().build());
    assertThat(revoked.status()).isEqualTo(204);
    assertThat(calendar(second, null).status()).isEqualTo(404);
    assertThat(calendar("api/calendar/feeds/not-a-secret.ics", null).status()).isEqualTo(404);

    String patientFeed = api.post("api/calendar/feed", "", patient).json().getString("url");
    assertThat(unfolded(calendar(patientFeed, null).body()))
        .contains("SUMMARY:Test treatment", "UID:appointment-" + booking);
    assertThat(api.post("api/calendar/feed", "", Api.DISPATCHER).status())
        .as("feeds are for patients and nurses")
        .isEqualTo(403);
  }

  @Test
  void aBookingDownloadsAsACalendarFileForItsPatientOnly() {
    nurseOnShift("Dora Download");
    Login patient = practice.clearedPatient("Dan Download");
    long booking = book(patient, 11).getJsonNumber("id").longValue();

    Api.Reply file = calendar("api/calendar/appointments/" + booking + ".ics", patient);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.raw().headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"careroute-booking-" + booking + ".ics\"");
    assertThat(unfolded(file.body()))
        .startsWith("BEGIN:VCALENDAR")
        .contains("BEGIN:VEVENT", "Please arrive 10 minutes early");
    assertThat(
            calendar(
                    "api/calendar/appointments/" + booking + ".ics",
                    practice.clearedPatient("Nosy"))
                .status())
        .isEqualTo(404);
    cancel(booking, patient);
    assertThat(calendar("api/calendar/appointments/" + booking + ".ics", patient).body())
        .contains("STATUS:CANCELLED");
  }

  private void cancel(long booking, Login patient) {
    Api.Reply cancelled = api.post("api/appointments/" + booking + "/cancel", "", patient);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
  }
}
