package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * A clinician declines a held screening: the reason is required and the patient reads it, the held
 * booking is released, nothing more can be booked, and only clinicians and admins may decline.
 */
class ScreeningDeclineIT extends DeployedApplication {

  private static final String REASON =
      "Your blood pressure needs to be under control first; your doctor can help.";

  private long clinic;
  private long treatment;

  private Login heldPatient(String name) {
    clinic = practice.clinic(2);
    treatment = practice.treatment(30, 30, "\"CLINIC\"", "");
    long acls = practice.nurse("Declining Dana", "\"ACLS\"");
    practice.shift(acls, clinic, "CLINIC", TestPractice.at(6, 8, 0), TestPractice.at(6, 16, 0));
    Login patient = practice.registeredPatient(name + " " + practice.tag);
    practice.screen(patient, true);
    return patient;
  }

  private long screeningOf(Login patient) {
    long patientId = api.get("api/patients/me", patient).json().getJsonNumber("id").longValue();
    return api.get("api/screenings?status=HOLD", Api.CLINICIAN).array().stream()
        .map(s -> s.asJsonObject())
        .filter(s -> s.getJsonNumber("patientId").longValue() == patientId)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private Api.Reply decline(long screening, String reason, Login who) {
    return api.post(
        "api/screenings/" + screening + "/decline",
        reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}",
        who);
  }

  @Test
  void aDeclineReleasesTheHeldBookingAndThePatientReadsTheReasonAndCannotBook() {
    Login patient = heldPatient("Declined Dora");
    Api.Reply held =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(6, 9, 0)),
            patient);
    assertThat(held.json().getString("status")).isEqualTo("REQUESTED");
    long screening = screeningOf(patient);

    Api.Reply declined = decline(screening, REASON, Api.CLINICIAN);
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().getString("status")).isEqualTo("DECLINED");
    assertThat(declined.json().getString("declineReason")).isEqualTo(REASON);
    assertThat(declined.json().getString("reviewedAt"))
        .as("in the clinic's zone, not UTC")
        .matches(".*-0[78]:00$");

    long bookingId = held.json().getJsonNumber("id").longValue();
    assertThat(api.get("api/appointments/" + bookingId, patient).json().getString("status"))
        .isEqualTo("CANCELLED");
    JsonObject me = api.get("api/patients/me", patient).json();
    assertThat(me.getString("screeningStatus")).isEqualTo("DECLINED");
    assertThat(me.getString("screeningDeclineReason")).isEqualTo(REASON);

    Api.Reply again =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(6, 11, 0)),
            patient);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains(REASON).contains("call the clinic");

    assertThat(decline(screening, REASON, Api.CLINICIAN).status())
        .as("a declined screening is no longer on hold")
        .isEqualTo(409);
    assertThat(api.post("api/screenings/" + screening + "/approve", "{}", Api.CLINICIAN).status())
        .isEqualTo(409);
    assertThat(
            api
                .get("api/admin/audit?recordType=Screening&recordId=" + screening, Api.ADMIN)
                .array()
                .stream()
                .map(e -> e.asJsonObject().getString("action")))
        .contains("DECLINE");
  }

  @Test
  void aDeclineNeedsAReasonThePatientCanReadAndIsForCliniciansAndAdminsOnly() {
    Login patient = heldPatient("Reasonless Rita");
    long screening = screeningOf(patient);

    Api.Reply none = decline(screening, null, Api.CLINICIAN);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(none.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("Give the reason the patient will read.");
    Api.Reply terse = decline(screening, "No.", Api.CLINICIAN);
    assertThat(terse.status()).isEqualTo(400);
    assertThat(terse.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("reason");
    assertThat(api.post("api/screenings/" + screening + "/decline", "", Api.CLINICIAN).status())
        .isEqualTo(400);

    for (Login refused : new Login[] {patient, Api.DISPATCHER, practice.nurseWithLogin("Nell")}) {
      assertThat(decline(screening, REASON, refused).status()).as(refused.login()).isEqualTo(403);
    }
    assertThat(decline(screening, REASON, Api.ADMIN).status()).isEqualTo(200);
    assertThat(api.get("api/patients/me", patient).json().getString("screeningStatus"))
        .isEqualTo("DECLINED");
  }
}
