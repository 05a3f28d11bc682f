package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Registration, profile, screening and the clinician's approval, with bad input and the audit
 * trail.
 */
class PatientIT extends DeployedApplication {

  @Test
  void aRegisteredPatientReadsAndUpdatesTheirProfile() {
    Login patient = practice.registeredPatient("Ada Lovelace");
    JsonObject me = api.get("api/patients/me", patient).json();
    assertThat(me.getString("fullName")).isEqualTo("Ada Lovelace");
    assertThat(me.getString("email")).isEqualTo(patient.login());
    assertThat(me.containsKey("monitoringLevel")).as("not screened yet").isFalse();

    Api.Reply updated =
        api.put(
            "api/patients/me",
            """
        {"fullName":"Ada King","dateOfBirth":"1980-05-17","homeStreet":"12 Elm Street",
         "homePostalCode":"95816","homeCity":"Sacramento","homeLatitude":38.6,"homeLongitude":-121.4}""",
            patient);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(api.get("api/patients/me", patient).json().getString("fullName"))
        .isEqualTo("Ada King");
  }

  @Test
  void invalidRegistrationNamesEveryFieldAndStoresNothing() {
    Api.Reply invalid =
        api.post(
            "api/patients",
            """
        {"email":"not-an-email","password":"short","profile":{"fullName":"","dateOfBirth":"2999-01-01",
         "homeLatitude":95}}""",
            null);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(
            invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains(
            "email",
            "password",
            "profile.fullName",
            "profile.dateOfBirth",
            "profile.homeLatitude",
            "profile.homeLocationComplete");
    Api.Reply login = api.get("api/session", new Login("not-an-email", "short"));
    assertThat(login.status()).isEqualTo(401);
  }

  @Test
  void malformedAndMistypedBodiesGetProblemDetailsNotStackTraces() {
    Api.Reply malformed = api.post("api/patients", "{\"email\": ", null);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(malformed.body()).doesNotContain("Exception", "at org.");

    Api.Reply mistyped =
        api.post(
            "api/patients",
            """
        {"email":"x@example.com","password":"long-enough-pass","profile":{"fullName":"X","dateOfBirth":"17/05/1980"}}""",
            null);
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.body()).doesNotContain("Exception", "yasson");

    Api.Reply empty = api.post("api/patients", "", null);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");
  }

  @Test
  void riskFreeScreeningClearsThePatient() {
    Login patient = practice.registeredPatient("Alan Turing");
    JsonObject screening = practice.screen(patient, false).json();
    assertThat(screening.getString("status")).isEqualTo("CLEARED");
    assertThat(screening.getString("monitoringLevel")).isEqualTo("STANDARD");
    assertThat(screening.getBoolean("clinicianApprovalRequired")).isFalse();
  }

  @Test
  void heartDiseaseMakesThePatientEnhancedAndHoldsBookingsUntilAClinicianApproves() {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(30, 30, "\"CLINIC\",\"HOME\"", "");
    long acls = practice.nurse("Ursula Enhanced", "\"ACLS\",\"HOME_VISIT\"");
    practice.shift(acls, clinic, "CLINIC", TestPractice.at(5, 8, 0), TestPractice.at(5, 16, 0));
    Login patient = practice.registeredPatient("Heart Patient");

    JsonObject screening = practice.screen(patient, true).json();
    assertThat(screening.getString("status")).isEqualTo("HOLD");
    assertThat(screening.getString("monitoringLevel")).isEqualTo("ENHANCED");
    assertThat(screening.getJsonArray("riskFactors").getString(0)).isEqualTo("heart disease");

    Api.Reply home =
        api.post(
            "api/appointments",
            """
        {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
                .formatted(treatment, clinic, TestPractice.iso(TestPractice.at(5, 9, 0))),
            patient);
    assertThat(home.status()).as("ENHANCED is treated in the clinic").isEqualTo(409);

    Api.Reply held =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(5, 9, 0)),
            patient);
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    assertThat(held.json().getString("status")).isEqualTo("REQUESTED");
    assertThat(held.json().getString("monitoringLevel")).isEqualTo("ENHANCED");

    long screeningId = screening.getJsonNumber("id").longValue();
    Api.Reply onHold = api.get("api/screenings?status=HOLD", Api.CLINICIAN);
    assertThat(onHold.array().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()))
        .contains(screeningId);
    assertThat(api.get("api/screenings?status=HOLD", patient).status()).isEqualTo(403);
    assertThat(
            api.post(
                    "api/screenings/" + screeningId + "/approve",
                    "{\"allowHomeTreatment\":true}",
                    Api.CLINICIAN)
                .status())
        .as("only an admin allows ENHANCED at home")
        .isEqualTo(403);

    Api.Reply approved =
        api.post("api/screenings/" + screeningId + "/approve", "{}", Api.CLINICIAN);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
    long appointmentId = held.json().getJsonNumber("id").longValue();
    assertThat(api.get("api/appointments/" + appointmentId, patient).json().getString("status"))
        .isEqualTo("BOOKED");
    assertThat(api.post("api/screenings/" + screeningId + "/approve", "{}", Api.CLINICIAN).status())
        .isEqualTo(409);
  }

  @Test
  void everyReadAndChangeOfPatientDataIsAudited() {
    Login patient = practice.registeredPatient("Audited Person");
    long id = api.get("api/patients/me", patient).json().getJsonNumber("id").longValue();
    api.put(
        "api/patients/me",
        """
        {"fullName":"Audited Person","dateOfBirth":"1980-05-17"}""",
        patient);
    api.get("api/patients/" + id, Api.DISPATCHER);

    assertThat(practice.auditTrail("Patient", id))
        .containsExactly(
            patient.login() + " CREATE",
            patient.login() + " READ",
            patient.login() + " UPDATE",
            "dispatcher@careroute.example READ");
    assertThat(api.get("api/admin/audit?recordType=Patient&recordId=" + id, patient).status())
        .isEqualTo(403);
  }
}
