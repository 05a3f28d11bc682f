package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Who may see and change what: ids of other people's records reveal nothing, roles are enforced.
 */
class AccessControlIT extends DeployedApplication {

  @Test
  void patientACannotReadOrChangePatientBsAppointment() {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(30, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Shared Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(4, 8, 0), TestPractice.at(4, 14, 0));
    Login a = practice.clearedPatient("Patient A");
    Login b = practice.clearedPatient("Patient B");
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(4, 9, 0)),
            b);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    long bsAppointment = booked.json().getJsonNumber("id").longValue();

    Api.Reply read = api.get("api/appointments/" + bsAppointment, a);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.contentType()).startsWith("application/problem+json");
    assertThat(api.get("api/appointments/" + 987_654_321L, a).json().getString("detail"))
        .as("someone else's record and a missing one look the same")
        .isEqualTo(
            read.json().getString("detail").replace(String.valueOf(bsAppointment), "987654321"));
    assertThat(api.post("api/appointments/" + bsAppointment + "/cancel", "", a).status())
        .isEqualTo(404);
    assertThat(
            api.post(
                    "api/appointments/" + bsAppointment + "/reschedule",
                    "{\"windowStart\":\"" + TestPractice.iso(TestPractice.at(4, 11, 0)) + "\"}",
                    a)
                .status())
        .isEqualTo(404);
    assertThat(api.get("api/appointments", a).array()).isEmpty();
    long bsPatientId = api.get("api/patients/me", b).json().getJsonNumber("id").longValue();
    assertThat(api.get("api/patients/" + bsPatientId, a).status()).isEqualTo(403);
    assertThat(
            api.post(
                    "api/appointments",
                    """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"windowStart":"%s","patientId":%d}"""
                        .formatted(
                            treatment,
                            clinic,
                            TestPractice.iso(TestPractice.at(4, 10, 0)),
                            bsPatientId),
                    a)
                .status())
        .as("a patient cannot book for someone else")
        .isEqualTo(404);

    assertThat(api.get("api/appointments/" + bsAppointment, b).json().getString("status"))
        .isEqualTo("BOOKED");
    assertThat(api.get("api/appointments/" + bsAppointment, Api.DISPATCHER).status())
        .isEqualTo(200);
  }

  @Test
  void anonymousCallersMustLogInAndRolesAreEnforced() {
    Api.Reply anonymous = api.get("api/appointments", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(anonymous.contentType()).startsWith("application/problem+json");

    Login patient = practice.clearedPatient("Curious Patient");
    assertThat(api.get("api/admin/nurses", patient).status()).isEqualTo(403);
    assertThat(api.post("api/admin/clinics", "{}", patient).status()).isEqualTo(403);
    assertThat(api.get("api/admin/nurses", Api.DISPATCHER).status()).isEqualTo(403);
    assertThat(
            api.get("api/admin/nurses", new Login("admin@careroute.example", "wrong-password"))
                .status())
        .isEqualTo(401);
    assertThat(api.get("api/treatments", null).status()).as("the catalog is public").isEqualTo(200);
  }

  /** One call of the admin API. */
  private record Call(String method, String path, String body) {

    Api.Reply by(Api api, Login login) {
      return switch (method) {
        case "GET" -> api.get(path, login);
        case "POST" -> api.post(path, body, login);
        case "PUT" -> api.put(path, body, login);
        default -> throw new IllegalArgumentException(method);
      };
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static String nurseForm(String name, String email, String certifications) {
    return """
        {"fullName":"%s","email":"%s","certifications":[%s],"homeLatitude":%s,"homeLongitude":%s}"""
        .formatted(name, email, certifications, TestPractice.LAT, TestPractice.LON);
  }

  private static String shiftForm(
      long clinic, String kind, java.time.ZonedDateTime start, java.time.ZonedDateTime end) {
    return """
        {"clinicId":%d,"kind":"%s","start":"%s","end":"%s"}"""
        .formatted(clinic, kind, TestPractice.iso(start), TestPractice.iso(end));
  }

  @Test
  void adminsKeepClinicsNursesAndShifts() {
    long clinic = practice.clinic(3);
    JsonObject asCreated = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json();
    assertThat(asCreated.getJsonArray("chairs")).hasSize(3);
    long chair = asCreated.getJsonArray("chairs").getJsonObject(0).getJsonNumber("id").longValue();
    long nurse = practice.nurse("Kept Nurse", "\"IV_THERAPY\"");
    String nurseEmail = api.get("api/admin/nurses/" + nurse, Api.ADMIN).json().getString("email");
    long shift =
        practice.shift(
            nurse, clinic, "CLINIC", TestPractice.at(9, 8, 0), TestPractice.at(9, 12, 0));
    String day = TestPractice.at(9, 0, 0).toLocalDate().toString();
    String shiftsOfTheDay = "api/admin/nurses/" + nurse + "/shifts?from=" + day + "&to=" + day;
    String newClinic = "New clinic " + practice.tag;
    String newNurseEmail = "new.nurse." + practice.tag + "@test.example";

    Call createClinic =
        new Call("POST", "api/admin/clinics", TestPractice.clinicForm(newClinic, "2 New Way"));
    Call renameClinic =
        new Call(
            "PUT",
            "api/admin/clinics/" + clinic,
            TestPractice.clinicForm("Renamed clinic " + practice.tag, "3 Other Way, Sacramento"));
    Call addChair =
        new Call("POST", "api/admin/clinics/" + clinic + "/chairs", "{\"label\":\"C4\"}");
    Call retireChair =
        new Call(
            "PUT",
            "api/admin/clinics/" + clinic + "/chairs/" + chair,
            "{\"label\":\"Window\",\"active\":false}");
    Call createNurse =
        new Call("POST", "api/admin/nurses", nurseForm("New Nurse", newNurseEmail, ""));
    Call certifyNurse =
        new Call(
            "PUT",
            "api/admin/nurses/" + nurse,
            nurseForm("Kept Nurse", nurseEmail, "\"IV_THERAPY\",\"ACLS\""));
    Call addShift =
        new Call(
            "POST",
            "api/admin/nurses/" + nurse + "/shifts",
            shiftForm(clinic, "CLINIC", TestPractice.at(9, 13, 0), TestPractice.at(9, 17, 0)));
    Call moveShift =
        new Call(
            "PUT",
            "api/admin/shifts/" + shift,
            shiftForm(clinic, "CLINIC", TestPractice.at(9, 7, 0), TestPractice.at(9, 11, 0)));
    List<Call> adminCalls =
        List.of(
            new Call("GET", "api/admin/clinics", null),
            new Call("GET", "api/admin/clinics/" + clinic, null),
            createClinic,
            renameClinic,
            addChair,
            retireChair,
            new Call("GET", "api/admin/nurses", null),
            new Call("GET", "api/admin/nurses/" + nurse, null),
            createNurse,
            certifyNurse,
            new Call("GET", shiftsOfTheDay, null),
            new Call("GET", "api/admin/shifts/" + shift, null),
            addShift,
            moveShift);

    // Nobody but an admin reaches them: other roles are forbidden, anonymous callers must log in.
    JsonObject clinicBefore = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json();
    JsonObject nurseBefore = api.get("api/admin/nurses/" + nurse, Api.ADMIN).json();
    JsonObject shiftBefore = api.get("api/admin/shifts/" + shift, Api.ADMIN).json();
    List<Login> others =
        List.of(
            practice.clearedPatient("Admin Curious Patient"),
            practice.nurseWithLogin("Admin Curious Nurse"),
            Api.DISPATCHER,
            Api.CLINICIAN);
    for (Call call : adminCalls) {
      for (Login other : others) {
        Api.Reply reply = call.by(api, other);
        assertThat(reply.status()).as("%s by %s: %s", call, other.login(), reply).isEqualTo(403);
        assertThat(reply.contentType())
            .as("%s by %s", call, other.login())
            .startsWith("application/problem+json");
      }
      Api.Reply anonymous = call.by(api, null);
      assertThat(anonymous.status()).as("%s anonymously: %s", call, anonymous).isEqualTo(401);
      assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
          .as("%s anonymously", call)
          .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }
    assertThat(api.get("api/admin/clinics/" + clinic, Api.ADMIN).json())
        .as("clinic and chairs unchanged")
        .isEqualTo(clinicBefore);
    assertThat(api.get("api/admin/nurses/" + nurse, Api.ADMIN).json())
        .as("nurse unchanged")
        .isEqualTo(nurseBefore);
    assertThat(api.get("api/admin/shifts/" + shift, Api.ADMIN).json())
        .as("shift unchanged")
        .isEqualTo(shiftBefore);
    assertThat(api.get(shiftsOfTheDay, Api.ADMIN).array()).as("no shift added").hasSize(1);
    assertThat(
            api.get("api/admin/clinics", Api.ADMIN).array().stream()
                .map(c -> c.asJsonObject().getString("name")))
        .as("no clinic added")
        .doesNotContain(newClinic);
    assertThat(
            api.get("api/admin/nurses", Api.ADMIN).array().stream()
                .map(n -> n.asJsonObject().getString("email")))
        .as("no nurse added")
        .doesNotContain(newNurseEmail);

    // The admin does each, and the records say so.
    Api.Reply clinics = api.get("api/admin/clinics", Api.ADMIN);
    assertThat(clinics.status()).isEqualTo(200);
    assertThat(clinics.array().stream().map(c -> c.asJsonObject().getJsonNumber("id").longValue()))
        .contains(clinic);
    Api.Reply createdClinic = createClinic.by(api, Api.ADMIN);
    assertThat(createdClinic.status()).as(createdClinic.toString()).isEqualTo(201);
    long newClinicId = createdClinic.json().getJsonNumber("id").longValue();
    JsonObject readBack = api.get("api/admin/clinics/" + newClinicId, Api.ADMIN).json();
    assertThat(readBack.getString("name")).isEqualTo(newClinic);
    assertThat(readBack.getString("zoneId")).isEqualTo("America/Los_Angeles");
    assertThat(readBack.getJsonArray("openingHours")).hasSize(7);
    assertThat(readBack.getJsonArray("chairs")).isEmpty();

    assertThat(renameClinic.by(api, Api.ADMIN).status()).isEqualTo(200);
    assertThat(addChair.by(api, Api.ADMIN).status()).isEqualTo(201);
    assertThat(retireChair.by(api, Api.ADMIN).status()).isEqualTo(200);
    JsonObject changedClinic = api.get("api/admin/clinics/" + clinic, Api.ADMIN).json();
    assertThat(changedClinic.getString("name")).isEqualTo("Renamed clinic " + practice.tag);
    assertThat(changedClinic.getString("address")).isEqualTo("3 Other Way, Sacramento");
    assertThat(
            changedClinic.getJsonArray("chairs").stream()
                .map(
                    c ->
                        c.asJsonObject().getString("label")
                            + (c.asJsonObject().getBoolean("active") ? "" : " (retired)")))
        .containsExactlyInAnyOrder("Window (retired)", "C2", "C3", "C4");

    Api.Reply nurses = api.get("api/admin/nurses", Api.ADMIN);
    assertThat(nurses.status()).isEqualTo(200);
    assertThat(nurses.array().stream().map(n -> n.asJsonObject().getString("email")))
        .contains(nurseEmail);
    Api.Reply createdNurse = createNurse.by(api, Api.ADMIN);
    assertThat(createdNurse.status())
        .as("the forbidden attempt left no record of this email: %s", createdNurse)
        .isEqualTo(201);
    JsonObject newNurse =
        api.get("api/admin/nurses/" + createdNurse.json().getJsonNumber("id"), Api.ADMIN).json();
    assertThat(newNurse.getString("fullName")).isEqualTo("New Nurse");
    assertThat(newNurse.getString("email")).isEqualTo(newNurseEmail);
    assertThat(newNurse.getJsonArray("certifications")).isEmpty();
    assertThat(newNurse.getBoolean("active")).isTrue();
    assertThat(certifyNurse.by(api, Api.ADMIN).status()).isEqualTo(200);
    assertThat(
            api
                .get("api/admin/nurses/" + nurse, Api.ADMIN)
                .json()
                .getJsonArray("certifications")
                .stream()
                .map(c -> ((jakarta.json.JsonString) c).getString()))
        .containsExactlyInAnyOrder("IV_THERAPY", "ACLS");

    Api.Reply read = api.get("api/admin/shifts/" + shift, Api.ADMIN);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("kind")).isEqualTo("CLINIC");
    assertThat(read.json().getJsonNumber("nurseId").longValue()).isEqualTo(nurse);
    assertThat(read.json().getJsonNumber("clinicId").longValue()).isEqualTo(clinic);
    assertThat(api.get(shiftsOfTheDay, Api.ADMIN).array()).hasSize(1);
    String nextDay = TestPractice.at(10, 0, 0).toLocalDate().toString();
    assertThat(
            api.get(
                    "api/admin/nurses/" + nurse + "/shifts?from=" + nextDay + "&to=" + nextDay,
                    Api.ADMIN)
                .array())
        .isEmpty();
    Api.Reply overlapping =
        api.post(
            "api/admin/nurses/" + nurse + "/shifts",
            shiftForm(clinic, "CLINIC", TestPractice.at(9, 11, 0), TestPractice.at(9, 14, 0)),
            Api.ADMIN);
    assertThat(overlapping.status()).as("a nurse is in one place at a time").isEqualTo(409);
    Api.Reply field =
        api.post(
            "api/admin/nurses/" + nurse + "/shifts",
            shiftForm(clinic, "FIELD", TestPractice.at(10, 8, 0), TestPractice.at(10, 12, 0)),
            Api.ADMIN);
    assertThat(field.status()).as("field shifts need HOME_VISIT").isEqualTo(400);
    assertThat(api.get("api/admin/shifts/987654321", Api.ADMIN).status()).isEqualTo(404);

    Api.Reply moved = moveShift.by(api, Api.ADMIN);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    JsonObject movedShift = api.get("api/admin/shifts/" + shift, Api.ADMIN).json();
    assertThat(OffsetDateTime.parse(movedShift.getString("start")).toInstant())
        .isEqualTo(TestPractice.at(9, 7, 0).toInstant());
    assertThat(OffsetDateTime.parse(movedShift.getString("end")).toInstant())
        .isEqualTo(TestPractice.at(9, 11, 0).toInstant());
    Api.Reply added = addShift.by(api, Api.ADMIN);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(
            api.get(shiftsOfTheDay, Api.ADMIN).array().stream()
                .map(x -> OffsetDateTime.parse(x.asJsonObject().getString("start")).toInstant()))
        .containsExactlyInAnyOrder(
            TestPractice.at(9, 7, 0).toInstant(), TestPractice.at(9, 13, 0).toInstant());
  }

  @Test
  void aSessionCookieAuthenticatesUntilLogout() {
    Login patient = practice.clearedPatient("Cookie Patient");
    Api.Reply login =
        api.post(
            "api/session",
            """
        {"login":"%s","password":"%s"}"""
                .formatted(patient.login(), patient.password()),
            null);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String setCookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String cookie = setCookie.split(";")[0];

    Api.Reply me =
        api.send(api.request("api/patients/me", null).header("Cookie", cookie).GET().build());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("email")).isEqualTo(patient.login());

    assertThat(
            api.send(api.request("api/session", null).header("Cookie", cookie).DELETE().build())
                .status())
        .isEqualTo(204);
    assertThat(
            api.send(api.request("api/patients/me", null).header("Cookie", cookie).GET().build())
                .status())
        .isEqualTo(401);
    assertThat(
            api.post(
                    "api/session",
                    """
        {"login":"%s","password":"wrong-password"}"""
                        .formatted(patient.login()),
                    null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void patientDataNeverReachesTheServerLog() throws IOException {
    String name = "Zebediah Quartermaine";
    Login patient = practice.registeredPatient(name);
    practice.screen(patient, true);
    api.post("api/patients", "{\"email\": \"" + patient.login() + "\", broken", null);
    api.post(
        "api/patients",
        """
        {"email":"%s","password":"long-enough-pass","profile":{"fullName":"%s","dateOfBirth":"nonsense"}}"""
            .formatted(patient.login(), name),
        null);
    api.put(
        "api/patients/me",
        """
        {"fullName":"%s","dateOfBirth":"1980-05-17","phone":"not a phone number!"}"""
            .formatted(name),
        patient);

    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String written = Files.readString(log);
    assertThat(written).contains("careroute");
    assertThat(written).doesNotContain(name, patient.login(), "Zebediah");
  }
}
