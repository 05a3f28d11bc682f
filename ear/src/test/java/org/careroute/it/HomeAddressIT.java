package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Patients give a street address, never coordinates: the server (without a geocoding service, as in
 * the tests) places it by the practice's postal-code table, marked approximate, until the patient
 * confirms the place on the map. Admins keep the table; the dispatcher sees which visits go to an
 * approximate place.
 */
class HomeAddressIT extends DeployedApplication {

  private static final String MIDTOWN =
      """
      {"street":"2401 K Street","postalCode":"95816","city":"Sacramento"}""";

  private Login registeredWithAddressOnly(String name) {
    String email = "address." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    Api.Reply created =
        api.post(
            "api/patients",
            """
            {"email":"%s","password":"%s","profile":{"fullName":"%s","dateOfBirth":"1975-02-03",
             "homeStreet":"2401 K Street","homePostalCode":"95816","homeCity":"Sacramento"}}"""
                .formatted(email, TestPractice.PASSWORD, name),
            null);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Login(email, TestPractice.PASSWORD);
  }

  @Test
  void anAddressIsFoundByItsPostalCodeWithoutLoggingInAndMarkedApproximate() {
    Api.Reply found = api.post("api/addresses/locate", MIDTOWN, null);

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    assertThat(found.json().getJsonNumber("latitude").doubleValue())
        .isCloseTo(38.573, within(1e-3));
    assertThat(found.json().getJsonNumber("longitude").doubleValue())
        .isCloseTo(-121.468, within(1e-3));
    assertThat(found.json().getBoolean("approximate")).isTrue();
    assertThat(found.json().getString("source")).isEqualTo("POSTAL_CODE");
  }

  @Test
  void anIncompleteOrUnknownAddressGetsAProblemThatSaysWhatToDo() {
    Api.Reply invalid =
        api.post(
            "api/addresses/locate", "{\"street\":\"\",\"postalCode\":\"!!\",\"city\":\"\"}", null);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(
            invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("street", "postalCode", "city");

    Api.Reply unknown =
        api.post(
            "api/addresses/locate",
            "{\"street\":\"1 Main Street\",\"postalCode\":\"00001\",\"city\":\"Nowhere\"}",
            null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().getString("detail")).contains("could not find this address");
  }

  @Test
  void aPatientRegisteredWithAnAddressOnlyIsPlacedApproximatelyUntilTheyConfirmThePin() {
    Login patient = registeredWithAddressOnly("Addy Ress");
    JsonObject me = api.get("api/patients/me", patient).json();
    assertThat(me.getString("homeAddress")).isEqualTo("2401 K Street, 95816 Sacramento");
    assertThat(me.getString("homePostalCode")).isEqualTo("95816");
    assertThat(me.getJsonNumber("homeLatitude").doubleValue()).isCloseTo(38.573, within(1e-3));
    assertThat(me.getBoolean("homeLocationApproximate")).isTrue();

    Api.Reply dragged =
        api.put(
            "api/patients/me",
            """
            {"fullName":"Addy Ress","dateOfBirth":"1975-02-03","phone":"+1 916 555 0199",
             "homeStreet":"2401 K Street","homePostalCode":"95816","homeCity":"Sacramento",
             "homeLatitude":38.57431,"homeLongitude":-121.47017,"homeLocationApproximate":false}""",
            patient);
    assertThat(dragged.status()).as(dragged.toString()).isEqualTo(200);
    assertThat(dragged.json().getBoolean("homeLocationApproximate")).isFalse();
    assertThat(dragged.json().getJsonNumber("homeLatitude").doubleValue()).isEqualTo(38.57431);
    assertThat(dragged.json().getString("phone")).isEqualTo("+1 916 555 0199");

    long id = me.getJsonNumber("id").longValue();
    assertThat(
            api.get("api/admin/audit?recordType=Patient&recordId=" + id, Api.ADMIN).array().stream()
                .map(e -> e.asJsonObject().getString("action")))
        .as("the profile change is audited like any change of patient data")
        .contains("CREATE", "UPDATE");
  }

  @Test
  void aHalfGivenAddressOrABadPhoneIsRefusedFieldByField() {
    Login patient = practice.registeredPatient("Half Address");
    Api.Reply half =
        api.put(
            "api/patients/me",
            """
            {"fullName":"Half Address","dateOfBirth":"1975-02-03","phone":"call me",
             "homeStreet":"2401 K Street","homePostalCode":"95816"}""",
            patient);
    assertThat(half.status()).isEqualTo(400);
    assertThat(half.contentType()).startsWith("application/problem+json");
    assertThat(
            half.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("phone", "homeAddressComplete");
    assertThat(half.body()).doesNotContain("Exception", "at org.");
  }

  @Test
  void aHomeVisitWithoutAHomeLocationIsRefusedOnceWithWhatToDo() {
    String email = "homeless." + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    api.post(
        "api/patients",
        """
        {"email":"%s","password":"%s","profile":{"fullName":"No Address","dateOfBirth":"1975-02-03"}}"""
            .formatted(email, TestPractice.PASSWORD),
        null);
    Login patient = new Login(email, TestPractice.PASSWORD);
    practice.screen(patient, false);
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\",\"HOME\"", "");

    Api.Reply refused =
        api.post(
            "api/appointments",
            """
            {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s","windowEnd":"%s"}"""
                .formatted(
                    treatment,
                    clinic,
                    TestPractice.iso(TestPractice.at(5, 8, 0)),
                    TestPractice.iso(TestPractice.at(5, 10, 0))),
            patient);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("Add your home address");
    assertThat(refused.json().containsKey("errors")).as("said once, not again per field").isFalse();
  }

  @Test
  void adminsKeepThePostalCodeTableThatLocatesAddresses() {
    String code = "Z" + practice.tag.toUpperCase();
    String address =
        "{\"street\":\"1 Test Lane\",\"postalCode\":\"%s\",\"city\":\"Testville\"}".formatted(code);
    assertThat(api.post("api/addresses/locate", address, null).status()).isEqualTo(404);

    Api.Reply saved =
        api.put(
            "api/admin/postal-codes/" + code,
            "{\"placeName\":\"Testville\",\"latitude\":38.61,\"longitude\":-121.33}",
            Api.ADMIN);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(api.post("api/addresses/locate", address, null).json().getJsonNumber("latitude"))
        .hasToString("38.61");
    assertThat(
            api.get("api/admin/postal-codes", Api.ADMIN).array().stream()
                .map(JsonValue::asJsonObject)
                .map(a -> a.getString("postalCode")))
        .contains(code, "95816");

    Api.Reply offTheEarth =
        api.put(
            "api/admin/postal-codes/" + code,
            "{\"placeName\":\"\",\"latitude\":95,\"longitude\":-121.33}",
            Api.ADMIN);
    assertThat(offTheEarth.status()).isEqualTo(400);
    assertThat(
            offTheEarth.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("placeName", "latitude");
    assertThat(
            api.put(
                    "api/admin/postal-codes/" + code,
                    "{\"placeName\":\"X\",\"latitude\":1,\"longitude\":1}",
                    Api.DISPATCHER)
                .status())
        .isEqualTo(403);

    Api.Reply removed =
        api.send(api.request("api/admin/postal-codes/" + code, Api.ADMIN).DELETE().build());
    assertThat(removed.status()).isEqualTo(204);
    assertThat(api.post("api/addresses/locate", address, null).status()).isEqualTo(404);
  }

  @Test
  void theDispatcherSeesWhichVisitsGoToAnApproximateLocation() {
    int day = 7;
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"HOME\"", "");
    long field = practice.nurse("Approx Field Nurse", "\"HOME_VISIT\"");
    practice.shift(field, clinic, "FIELD", TestPractice.at(day, 8, 0), TestPractice.at(day, 16, 0));
    Login approximate = registeredWithAddressOnly("Approximate Home");
    practice.screen(approximate, false);
    Login exact = practice.clearedPatient("Exact Home");
    long approximateVisit = bookHome(approximate, treatment, clinic, day, 8);
    long exactVisit = bookHome(exact, treatment, clinic, day, 12);

    Api.Reply plan =
        api.get(
            "api/plans/" + clinic + "/" + TestPractice.at(day, 0, 0).toLocalDate(), Api.DISPATCHER);

    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    assertThat(
            plan.json().getJsonArray("routes").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("stops").stream())
                .map(JsonValue::asJsonObject)
                .map(
                    s ->
                        s.getJsonNumber("appointmentId").longValue()
                            + ":"
                            + s.getBoolean("approximateLocation")))
        .containsExactlyInAnyOrder(approximateVisit + ":true", exactVisit + ":false");
  }

  private long bookHome(Login patient, long treatment, long clinic, int day, int hour) {
    Api.Reply booked =
        api.post(
            "api/appointments",
            """
            {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s","windowEnd":"%s"}"""
                .formatted(
                    treatment,
                    clinic,
                    TestPractice.iso(TestPractice.at(day, hour, 0)),
                    TestPractice.iso(TestPractice.at(day, hour + 2, 0))),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().getJsonNumber("id").longValue();
  }
}
