package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The staff's patient search, as the dispatcher's urgent visit uses it: found by part of the name,
 * by the phone's digits and by the date of birth; only what picking a patient needs; audited;
 * refused to patients and nurses; bad input named.
 */
class PatientSearchIT extends DeployedApplication {

  /** A patient with a name, phone and birthday no other test patient has. */
  private record Registered(long id, String name, String phone, String born) {}

  private Registered registered() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String name = "Quentin Searchable" + practice.tag;
    String phone =
        "+1 (530) %03d-%04d".formatted(100 + random.nextInt(900), random.nextInt(10_000));
    String born =
        "19%02d-%02d-%02d"
            .formatted(random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
    Api.Reply created =
        api.post(
            "api/patients",
            """
        {"email":"searchable.%s@patients.example","password":"%s","profile":{"fullName":"%s",
         "dateOfBirth":"%s","phone":"%s","homeStreet":"3 Oak Street","homePostalCode":"95678",
         "homeCity":"Roseville","homeLatitude":%s,"homeLongitude":%s}}"""
                .formatted(
                    practice.tag,
                    TestPractice.PASSWORD,
                    name,
                    born,
                    phone,
                    TestPractice.LAT,
                    TestPractice.LON),
            null);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    // Registration answers alike for known and new addresses, so the record says who it is.
    Api.Reply me =
        api.get(
            "api/patients/me",
            new Api.Login(
                "searchable.%s@patients.example".formatted(practice.tag), TestPractice.PASSWORD));
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    return new Registered(me.json().getJsonNumber("id").longValue(), name, phone, born);
  }

  private Api.Reply search(String typed, Api.Login login) {
    return api.post(
        "api/patients/search",
        Json.createObjectBuilder().add("search", typed).build().toString(),
        login);
  }

  private Api.Reply searchWithBody(String body) {
    return api.post("api/patients/search", body, Api.DISPATCHER);
  }

  private static List<Long> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("patients").stream()
        .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void aDispatcherFindsAPatientByPartOfTheNameByThePhonesDigitsAndByTheDateOfBirth() {
    Registered patient = registered();
    String born = patient.born();
    String usBorn =
        Integer.parseInt(born.substring(5, 7))
            + "/"
            + Integer.parseInt(born.substring(8))
            + "/"
            + born.substring(0, 4);
    String lastDigits = patient.phone().replaceAll("[^0-9]", "").substring(4);

    assertThat(ids(search("searchable" + practice.tag, Api.DISPATCHER)))
        .containsExactly(patient.id());
    assertThat(ids(search("SEARCHABLE" + practice.tag.toUpperCase(), Api.ADMIN)))
        .containsExactly(patient.id());
    assertThat(ids(search(lastDigits, Api.DISPATCHER))).contains(patient.id());
    assertThat(ids(search(patient.phone(), Api.DISPATCHER))).contains(patient.id());
    assertThat(ids(search(born, Api.DISPATCHER))).contains(patient.id());
    assertThat(ids(search(usBorn, Api.DISPATCHER))).contains(patient.id());
    assertThat(ids(search("Nobody" + practice.tag, Api.DISPATCHER))).isEmpty();
  }

  @Test
  void aMatchSaysOnlyWhatPickingThePatientNeedsAndEachMatchShownIsAuditedAsRead() {
    Registered patient = registered();
    Api.Reply found = search("searchable" + practice.tag, Api.DISPATCHER);
    JsonObject match = found.json().getJsonArray("patients").getJsonObject(0);
    assertThat(match.keySet())
        .containsExactlyInAnyOrder("id", "fullName", "dateOfBirth", "phone", "town");
    assertThat(match.getString("fullName")).isEqualTo(patient.name());
    assertThat(match.getString("dateOfBirth")).isEqualTo(patient.born());
    assertThat(match.getString("phone")).isEqualTo(patient.phone());
    assertThat(match.getString("town")).isEqualTo("Roseville");
    assertThat(found.json().getBoolean("more")).isFalse();

    assertThat(practice.auditTrail("Patient", patient.id()))
        .containsExactly(
            "searchable." + practice.tag + "@patients.example CREATE",
            "searchable." + practice.tag + "@patients.example READ",
            "dispatcher@careroute.example READ");
  }

  @Test
  void aBroadSearchIsLimitedAndSaysThatMorePatientsMatch() {
    // The demo practice's 200 patients all have a phone number starting 916 555.
    Api.Reply found = searchWithBody("{\"search\":\"916 555\",\"limit\":3}");
    assertThat(ids(found)).hasSize(3);
    assertThat(found.json().getBoolean("more")).isTrue();
    assertThat(ids(search("916 555", Api.DISPATCHER))).hasSize(10);
  }

  @Test
  void patientsNursesAndCliniciansMayNotSearchForPatients() {
    registered();
    Api.Login patient = practice.registeredPatient("Curious Patient");
    Api.Login nurse = practice.nurseWithLogin("Curious Nurse");
    for (Api.Login refused : List.of(patient, nurse, Api.CLINICIAN)) {
      Api.Reply reply = search("searchable" + practice.tag, refused);
      assertThat(reply.status()).as(refused.login()).isEqualTo(403);
      assertThat(reply.body()).doesNotContain("Searchable");
    }
    assertThat(search("searchable" + practice.tag, null).status()).isEqualTo(401);
  }

  @Test
  void anEmptyOrTooShortSearchAndABadLimitAreAnsweredWithWhatToType() {
    assertFieldProblem(
        search("", Api.DISPATCHER),
        "search",
        "Type part of the patient's name, a phone number or a date of birth.");
    assertFieldProblem(
        searchWithBody("{}"),
        "search",
        "Type part of the patient's name, a phone number or a date of birth.");
    assertFieldProblem(
        search("Q", Api.DISPATCHER), "search", "Type at least 2 letters of the patient's name.");
    assertFieldProblem(
        search("55", Api.DISPATCHER), "search", "Type at least 4 digits of the phone number.");
    assertFieldProblem(
        search("1980-13-45", Api.DISPATCHER),
        "search",
        "Give the date of birth as YYYY-MM-DD or M/D/YYYY, such as 1980-05-17.");
    assertFieldProblem(
        searchWithBody("{\"search\":\"searchable\",\"limit\":500}"),
        "limit",
        "Ask for 1 to 25 patients at a time.");
    assertFieldProblem(
        searchWithBody("{\"search\":\"searchable\",\"limit\":0}"),
        "limit",
        "Ask for 1 to 25 patients at a time.");
    Api.Reply noBody = searchWithBody("");
    assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
    assertThat(noBody.contentType()).startsWith("application/problem+json");
    assertThat(noBody.body()).contains("Send the search as a JSON body.");
  }

  @Test
  void whatWasSearchedForNeverReachesTheServerLog() throws IOException {
    Registered patient = registered();
    ids(search("searchable" + practice.tag, Api.DISPATCHER));
    ids(search(patient.phone(), Api.DISPATCHER));
    searchWithBody("{\"search\":\"searchable%s\",\"limit\":\"many\"}".formatted(practice.tag));

    String written =
        Files.readString(
            Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    assertThat(written).contains("careroute");
    assertThat(written).doesNotContain("searchable" + practice.tag, patient.phone());
  }

  private static void assertFieldProblem(Api.Reply reply, String field, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo(field);
    assertThat(error.getString("message")).isEqualTo(message);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
