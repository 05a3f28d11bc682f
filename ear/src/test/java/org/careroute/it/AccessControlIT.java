package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/** Who may see and change what: ids of other people's records reveal nothing, roles are enforced. */
class AccessControlIT extends DeployedApplication {

  @Test
  void patientACannotReadOrChangePatientBsAppointment() {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(30, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Shared Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(4, 8, 0), TestPractice.at(4, 14, 0));
    Login a = practice.clearedPatient("Patient A");
    Login b = practice.clearedPatient("Patient B");
    Api.Reply booked = api.post("api/appointments", TestPractice.clinicBooking(treatment, clinic, TestPractice.at(4, 9, 0)), b);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long bsAppointment = booked.json().getJsonNumber("id").longValue();

    Api.Reply read = api.get("api/appointments/" + bsAppointment, a);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.contentType()).startsWith("application/problem+json");
    assertThat(api.get("api/appointments/" + 987_654_321L, a).json().getString("detail"))
        .as("someone else's record and a missing one look the same").isEqualTo(read.json().getString("detail")
            .replace(String.valueOf(bsAppointment), "987654321"));
    assertThat(api.post("api/appointments/" + bsAppointment + "/cancel", "", a).status()).isEqualTo(404);
    assertThat(api.post("api/appointments/" + bsAppointment + "/reschedule",
        "{\"windowStart\":\"" + TestPractice.iso(TestPractice.at(4, 11, 0)) + "\"}", a).status()).isEqualTo(404);
    assertThat(api.get("api/appointments", a).array()).isEmpty();
    long bsPatientId = api.get("api/patients/me", b).json().getJsonNumber("id").longValue();
    assertThat(api.get("api/patients/" + bsPatientId, a).status()).isEqualTo(403);
    assertThat(api.post("api/appointments", """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"windowStart":"%s","patientId":%d}"""
        .formatted(treatment, clinic, TestPractice.iso(TestPractice.at(4, 10, 0)), bsPatientId), a).status())
        .as("a patient cannot book for someone else").isEqualTo(404);

    assertThat(api.get("api/appointments/" + bsAppointment, b).json().getString("status")).isEqualTo("BOOKED");
    assertThat(api.get("api/appointments/" + bsAppointment, Api.DISPATCHER).status()).isEqualTo(200);
  }

  @Test
  void anonymousCallersMustLogInAndRolesAreEnforced() {
    Api.Reply anonymous = api.get("api/appointments", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> h.startsWith("Basic"));
    assertThat(anonymous.contentType()).startsWith("application/problem+json");

    Login patient = practice.clearedPatient("Curious Patient");
    assertThat(api.get("api/admin/nurses", patient).status()).isEqualTo(403);
    assertThat(api.post("api/admin/clinics", "{}", patient).status()).isEqualTo(403);
    assertThat(api.get("api/admin/nurses", Api.DISPATCHER).status()).isEqualTo(403);
    assertThat(api.get("api/admin/nurses", new Login("admin@careroute.example", "wrong-password")).status())
        .isEqualTo(401);
    assertThat(api.get("api/treatments", null).status()).as("the catalog is public").isEqualTo(200);
  }

  @Test
  void adminsKeepClinicsNursesAndShifts() {
    long clinic = practice.clinic(3);
    assertThat(api.get("api/admin/clinics/" + clinic, Api.ADMIN).json().getJsonArray("chairs")).hasSize(3);
    long nurse = practice.nurse("Kept Nurse", "\"IV_THERAPY\"");
    long shift = practice.shift(nurse, clinic, "CLINIC", TestPractice.at(9, 8, 0), TestPractice.at(9, 12, 0));
    Api.Reply read = api.get("api/admin/shifts/" + shift, Api.ADMIN);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("kind")).isEqualTo("CLINIC");
    String day = TestPractice.at(9, 0, 0).toLocalDate().toString();
    assertThat(api.get("api/admin/nurses/" + nurse + "/shifts?from=" + day + "&to=" + day, Api.ADMIN).array())
        .hasSize(1);
    String nextDay = TestPractice.at(10, 0, 0).toLocalDate().toString();
    assertThat(api.get("api/admin/nurses/" + nurse + "/shifts?from=" + nextDay + "&to=" + nextDay, Api.ADMIN).array())
        .isEmpty();
    Api.Reply overlapping = api.post("api/admin/nurses/" + nurse + "/shifts", """
        {"clinicId":%d,"kind":"CLINIC","start":"%s","end":"%s"}""".formatted(clinic,
        TestPractice.iso(TestPractice.at(9, 11, 0)), TestPractice.iso(TestPractice.at(9, 14, 0))), Api.ADMIN);
    assertThat(overlapping.status()).as("a nurse is in one place at a time").isEqualTo(409);
    Api.Reply field = api.post("api/admin/nurses/" + nurse + "/shifts", """
        {"clinicId":%d,"kind":"FIELD","start":"%s","end":"%s"}""".formatted(clinic,
        TestPractice.iso(TestPractice.at(10, 8, 0)), TestPractice.iso(TestPractice.at(10, 12, 0))), Api.ADMIN);
    assertThat(field.status()).as("field shifts need HOME_VISIT").isEqualTo(400);
    assertThat(api.get("api/admin/shifts/987654321", Api.ADMIN).status()).isEqualTo(404);
  }

  @Test
  void aSessionCookieAuthenticatesUntilLogout() {
    Login patient = practice.clearedPatient("Cookie Patient");
    Api.Reply login = api.post("api/session", """
        {"login":"%s","password":"%s"}""".formatted(patient.login(), patient.password()), null);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String setCookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String cookie = setCookie.split(";")[0];

    Api.Reply me = api.send(api.request("api/patients/me", null).header("Cookie", cookie).GET().build());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("email")).isEqualTo(patient.login());

    assertThat(api.send(api.request("api/session", null).header("Cookie", cookie).DELETE().build()).status())
        .isEqualTo(204);
    assertThat(api.send(api.request("api/patients/me", null).header("Cookie", cookie).GET().build()).status())
        .isEqualTo(401);
    assertThat(api.post("api/session", """
        {"login":"%s","password":"wrong-password"}""".formatted(patient.login()), null).status()).isEqualTo(401);
  }

  @Test
  void patientDataNeverReachesTheServerLog() throws IOException {
    String name = "Zebediah Quartermaine";
    Login patient = practice.registeredPatient(name);
    practice.screen(patient, true);
    api.post("api/patients", "{\"email\": \"" + patient.login() + "\", broken", null);
    api.post("api/patients", """
        {"email":"%s","password":"long-enough-pass","profile":{"fullName":"%s","dateOfBirth":"nonsense"}}"""
        .formatted(patient.login(), name), null);
    api.put("api/patients/me", """
        {"fullName":"%s","dateOfBirth":"1980-05-17","phone":"not a phone number!"}""".formatted(name), patient);

    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String written = Files.readString(log);
    assertThat(written).contains("careroute");
    assertThat(written).doesNotContain(name, patient.login(), "Zebediah");
  }
}
