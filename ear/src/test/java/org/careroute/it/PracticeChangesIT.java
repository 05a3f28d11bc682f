package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Admins change what bookings are placed on (a chair, a nurse's certifications, a shift): the
 * bookings that would lose their place are shown, then placed anew by the booking rules, or the
 * change is refused. A patient never holds a booking without a place.
 */
class PracticeChangesIT extends DeployedApplication {

  static final int DAY = 11;

  private long clinic;
  private long treatment;

  private long booking(String patient, int hour) {
    return practice.bookedId(
        practice.clearedPatient(patient),
        TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, hour, 0)));
  }

  private JsonObject appointment(long id) {
    return api.get("api/appointments/" + id, Api.DISPATCHER).json();
  }

  private long chair(String label) {
    return api.get("api/admin/clinics/" + clinic, Api.ADMIN).json().getJsonArray("chairs").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("label").equals(label))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private Api.Reply changeChair(String label, boolean active, boolean replaceBookings) {
    return api.put(
        "api/admin/clinics/" + clinic + "/chairs/" + chair(label),
        """
        {"label":"%s","active":%s,"replaceBookings":%s}"""
            .formatted(label, active, replaceBookings),
        Api.ADMIN);
  }

  private void nurseOnShift(String name, String certifications) {
    long nurse = practice.nurse(name, certifications);
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
  }

  private static List<Long> ids(JsonObject json, String list) {
    return json.getJsonArray(list).stream()
        .map(b -> b.asJsonObject().getJsonNumber("appointmentId").longValue())
        .toList();
  }

  @Test
  void aChairOutOfUseListsItsBookingsThenPlacesThemOnAnotherChairWhenConfirmed() {
    clinic = practice.clinic(2);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    nurseOnShift("Chair Nurse", "");
    long first = booking("Chair First", 9);
    String chairOfFirst = appointment(first).getString("chairLabel");
    String promised = appointment(first).getString("windowStart");

    Api.Reply asked = changeChair(chairOfFirst, false, false);

    assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
    assertThat(asked.contentType()).startsWith("application/problem+json");
    assertThat(ids(asked.json(), "affectedBookings")).containsExactly(first);
    assertThat(asked.json().getBoolean("canReplaceBookings")).isTrue();
    assertThat(asked.json().getString("detail")).contains("replaceBookings");
    assertThat(appointment(first).getString("chairLabel"))
        .as("nothing changed until confirmed")
        .isEqualTo(chairOfFirst);

    Api.Reply confirmed = changeChair(chairOfFirst, false, true);

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(ids(confirmed.json(), "movedBookings")).containsExactly(first);
    JsonObject after = appointment(first);
    assertThat(after.getString("status")).isEqualTo("BOOKED");
    assertThat(after.getString("chairLabel")).isNotEqualTo(chairOfFirst);
    assertThat(after.getString("windowStart")).isEqualTo(promised);
    assertThat(ZonedDateTime.parse(after.getString("plannedStart")).toInstant())
        .as("the promised time is kept")
        .isEqualTo(TestPractice.at(DAY, 9, 0).toInstant());
    JsonObject plan =
        api.get(
                "api/plans/" + clinic + "/" + TestPractice.at(DAY, 0, 0).toLocalDate(),
                Api.DISPATCHER)
            .json();
    assertThat(plan.getJsonArray("unassigned")).isEmpty();
    assertThat(plan.getBoolean("feasible")).isTrue();
  }

  @Test
  void aChairOutOfUseIsRefusedWhenNoOtherChairCanTakeItsBooking() {
    clinic = practice.clinic(1);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    nurseOnShift("Lone Chair Nurse", "");
    long only = booking("Only Chair", 10);

    Api.Reply unasked = changeChair("C1", false, false);
    assertThat(unasked.status()).as(unasked.toString()).isEqualTo(409);
    assertThat(unasked.json().getBoolean("canReplaceBookings"))
        .as("refused at once: no other chair could take it, so confirming would not help")
        .isFalse();

    Api.Reply refused = changeChair("C1", false, true);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(ids(refused.json(), "affectedBookings")).containsExactly(only);
    assertThat(refused.json().getBoolean("canReplaceBookings")).isFalse();
    assertThat(refused.json().getString("detail")).contains("Nothing was changed");
    JsonObject chairs = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json();
    assertThat(chairs.getJsonArray("chairs").getJsonObject(0).getBoolean("active")).isTrue();
    assertThat(appointment(only).getString("chairLabel")).isEqualTo("C1");
  }

  @Test
  void aNurseLosingACertificationHerBookingsNeedIsReplacedByACertifiedColleagueOrRefused() {
    clinic = practice.clinic(2);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "\"IV_THERAPY\"");
    long nurse = practice.nurse("Losing Cert", "\"IV_THERAPY\"");
    practice.shift(
        nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    long booked = booking("Cert Patient", 9);
    JsonObject record = api.get("api/admin/nurses/" + nurse, Api.ADMIN).json();
    String withoutIv =
        """
        {"fullName":"%s","email":"%s","certifications":[],"homeLatitude":%s,"homeLongitude":%s,
         "replaceBookings":true}"""
            .formatted(
                record.getString("fullName"),
                record.getString("email"),
                record.get("homeLatitude"),
                record.get("homeLongitude"));

    Api.Reply refused = api.put("api/admin/nurses/" + nurse, withoutIv, Api.ADMIN);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(ids(refused.json(), "affectedBookings")).containsExactly(booked);
    assertThat(
            api.get("api/admin/nurses/" + nurse, Api.ADMIN).json().getJsonArray("certifications"))
        .as("refused: nothing changed")
        .hasSize(1);

    nurseOnShift("Certified Colleague", "\"IV_THERAPY\"");
    Api.Reply moved = api.put("api/admin/nurses/" + nurse, withoutIv, Api.ADMIN);

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(ids(moved.json(), "movedBookings")).containsExactly(booked);
    assertThat(appointment(booked).getString("nurseName")).isEqualTo("Certified Colleague");
  }

  @Test
  void aShiftShortenedBeforeItsBookingsEndAsksAndThenMovesThemToAColleague() {
    clinic = practice.clinic(2);
    treatment = practice.treatment(40, 20, "\"CLINIC\"", "");
    long nurse = practice.nurse("Short Shift", "");
    long shift =
        practice.shift(
            nurse, clinic, "CLINIC", TestPractice.at(DAY, 8, 0), TestPractice.at(DAY, 16, 0));
    long late = booking("Late Patient", 14);
    nurseOnShift("Afternoon Colleague", "");
    String shorter =
        """
        {"clinicId":%d,"kind":"CLINIC","start":"%s","end":"%s"%s}"""
            .formatted(
                clinic,
                TestPractice.iso(TestPractice.at(DAY, 8, 0)),
                TestPractice.iso(TestPractice.at(DAY, 12, 0)),
                "%s");

    Api.Reply asked = api.put("api/admin/shifts/" + shift, shorter.formatted(""), Api.ADMIN);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
    assertThat(ids(asked.json(), "affectedBookings")).containsExactly(late);

    Api.Reply moved =
        api.put(
            "api/admin/shifts/" + shift, shorter.formatted(",\"replaceBookings\":true"), Api.ADMIN);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(ids(moved.json(), "movedBookings")).containsExactly(late);
    assertThat(appointment(late).getString("nurseName")).isEqualTo("Afternoon Colleague");
  }

  @Test
  void renamingAChairToALabelInUseIsAConflictNotAServerError() {
    clinic = practice.clinic(2);

    Api.Reply clash =
        api.put(
            "api/admin/clinics/" + clinic + "/chairs/" + chair("C2"),
            "{\"label\":\"C1\",\"active\":true}",
            Api.ADMIN);

    assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
    assertThat(clash.json().getString("detail")).contains("C1").contains("choose another label");
    assertThat(
            api.put(
                    "api/admin/clinics/" + clinic + "/chairs/" + chair("C2"),
                    "{\"label\":\"Window seat\",\"active\":true}",
                    Api.ADMIN)
                .status())
        .isEqualTo(200);
  }
}
