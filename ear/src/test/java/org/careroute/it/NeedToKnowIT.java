package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know for nurses: a nurse reads the records of the patients on her care; another patient's
 * are refused until she gives a reason, and both the refusal and the read with its reason are
 * audited. Dispatchers, clinicians and admins read as before.
 */
class NeedToKnowIT extends DeployedApplication {

  private static final int DAY = 4;
  private static final String REASON = "Covering Nora's phone calls while she is off sick";

  private long clinic;
  private long appointment;
  private long patientId;

  /** Nora, the only nurse on shift, is given the booking of the patient. */
  private Login noraWithHerPatient() {
    clinic = practice.clinic(1);
    long treatment = practice.treatment(30, 15, "\"CLINIC\"", "");
    Login nora = practice.nurseWithLogin("Nora Need");
    practice.shift(
        practice.nurseId(nora),
        clinic,
        "CLINIC",
        TestPractice.at(DAY, 8, 0),
        TestPractice.at(DAY, 16, 0));
    Login patient = practice.clearedPatient("Private Paula " + practice.tag);
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(DAY, 9, 0)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    appointment = booked.json().getJsonNumber("id").longValue();
    patientId = booked.json().getJsonNumber("patientId").longValue();
    return nora;
  }

  private Api.Reply withReason(String path, Login login, String reason) {
    return api.send(api.request(path, login).header("X-Access-Reason", reason).GET().build());
  }

  private List<JsonObject> audit(String recordType, long id) {
    return audit(recordType, Long.toString(id));
  }

  private List<JsonObject> audit(String recordType, String id) {
    return api
        .get(
            "api/admin/audit?recordType="
                + recordType
                + "&recordId="
                + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8),
            Api.ADMIN)
        .array()
        .stream()
        .map(e -> e.asJsonObject())
        .toList();
  }

  @Test
  void aNurseReadsTheRecordAndBookingsOfHerOwnPatientWithoutAReason() {
    Login nora = noraWithHerPatient();

    Api.Reply booking = api.get("api/appointments/" + appointment, nora);
    assertThat(booking.status()).as(booking.toString()).isEqualTo(200);
    assertThat(booking.json().getString("nurseName")).isEqualTo("Nora Need");
    Api.Reply record = api.get("api/patients/" + patientId, nora);
    assertThat(record.status()).as(record.toString()).isEqualTo(200);
    assertThat(record.json().getString("fullName")).startsWith("Private Paula");
    assertThat(audit("Patient", patientId))
        .anySatisfy(
            e -> {
              assertThat(e.getString("actor")).isEqualTo(nora.login());
              assertThat(e.getString("action")).isEqualTo("READ");
            });
  }

  @Test
  void anotherNurseIsRefusedWithAProblemAskingForAReasonAndTheRefusalIsAudited() {
    noraWithHerPatient();
    Login olive = practice.nurseWithLogin("Olive Other");

    Api.Reply refused = api.get("api/appointments/" + appointment, olive);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("type"))
        .isEqualTo("urn:careroute:problem:access-reason-required");
    assertThat(refused.json().getString("detail"))
        .contains("not on your care")
        .contains("X-Access-Reason")
        .doesNotContain("Paula");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("accessReason");
    assertThat(api.get("api/patients/" + patientId, olive).status()).isEqualTo(403);
    Api.Reply terse = withReason("api/appointments/" + appointment, olive, "need it");
    assertThat(terse.status())
        .as("a reason too short to say anything is refused too")
        .isEqualTo(403);
    assertThat(terse.json().getString("detail")).contains("too short");
    assertThat(
            api.send(
                    api.request("api/calendar/appointments/" + appointment + ".ics", olive)
                        .setHeader("Accept", "text/calendar")
                        .GET()
                        .build())
                .status())
        .as("the booking's calendar file is the booking")
        .isEqualTo(403);

    assertThat(audit("Appointment", appointment))
        .filteredOn(e -> e.getString("actor").equals(olive.login()))
        .extracting(e -> e.getString("action"))
        .containsOnly("REFUSE")
        .hasSize(3);
    assertThat(audit("Patient", patientId))
        .filteredOn(e -> e.getString("actor").equals(olive.login()))
        .extracting(e -> e.getString("action"))
        .containsExactly("REFUSE");
    assertThat(audit("Request", "GET /api/appointments/" + appointment))
        .as("each refusal is one audit row, on the record, not a second one for the request")
        .filteredOn(e -> e.getString("actor").equals(olive.login()))
        .isEmpty();
  }

  @Test
  void withAReasonTheOtherNurseReadsThePatientAndTheReasonIsAuditedWithWhoAndWhen() {
    noraWithHerPatient();
    Login olive = practice.nurseWithLogin("Olive Glass");

    Api.Reply booking = withReason("api/appointments/" + appointment, olive, REASON);
    assertThat(booking.status()).as(booking.toString()).isEqualTo(200);
    Api.Reply record =
        api.get(
            "api/patients/"
                + patientId
                + "?accessReason="
                + java.net.URLEncoder.encode(REASON, java.nio.charset.StandardCharsets.UTF_8),
            olive);
    assertThat(record.status()).as("the reason may come as a parameter too").isEqualTo(200);

    for (String recordType : List.of("Appointment", "Patient")) {
      long id = recordType.equals("Patient") ? patientId : appointment;
      assertThat(audit(recordType, id))
          .filteredOn(e -> e.getString("action").equals("BREAK_GLASS"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getString("actor")).isEqualTo(olive.login());
                assertThat(e.getString("reason")).isEqualTo(REASON);
                assertThat(e.getString("occurredAt")).isNotBlank();
              });
    }
  }

  @Test
  void aNurseWorkingAtTheClinicTodayReadsTheDaysPatientsThere() {
    TestPractice.TodayClinic today = practice.clinicWhereTheDayIsAhead(2);
    long treatment = practice.treatment(30, 15, "\"CLINIC\"", "");
    Login treating = practice.nurseWithLogin("Tess Treating");
    practice.shift(
        practice.nurseId(treating), today.id(), "CLINIC", today.at(7, 0), today.at(12, 0));
    Login colleague = practice.nurseWithLogin("Carla Colleague");
    practice.shift(
        practice.nurseId(colleague), today.id(), "CLINIC", today.at(13, 0), today.at(18, 0));
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, today.id(), today.at(9, 0)),
            practice.clearedPatient("Today Tomas " + practice.tag));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();

    assertThat(api.get("api/appointments/" + id, colleague).status())
        .as("the day's visits of her clinic are on her care")
        .isEqualTo(200);
    assertThat(api.get("api/appointments/" + id, practice.nurseWithLogin("Nadia Nowhere")).status())
        .isEqualTo(403);
  }

  @Test
  void dispatchersCliniciansAndAdminsReadAnyPatientWithoutAReason() {
    noraWithHerPatient();
    for (Login staff : List.of(Api.DISPATCHER, Api.CLINICIAN, Api.ADMIN)) {
      assertThat(api.get("api/appointments/" + appointment, staff).status())
          .as(staff.login())
          .isEqualTo(200);
      assertThat(api.get("api/patients/" + patientId, staff).status())
          .as(staff.login())
          .isEqualTo(200);
    }
    assertThat(audit("Patient", patientId))
        .extracting(e -> e.getString("action"))
        .doesNotContain("REFUSE", "BREAK_GLASS");
  }
}
