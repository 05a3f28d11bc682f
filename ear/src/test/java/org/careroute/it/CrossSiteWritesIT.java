package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * What another site's page could do with a patient's browser: writes from another origin are
 * refused whatever the body, form and text bodies are refused everywhere, registration tells no one
 * who has an account, API answers are never cached, and every refusal is audited.
 */
class CrossSiteWritesIT extends DeployedApplication {

  private static final String EVIL = "http://evil.example";

  @Test
  void aCookieOrBasicWriteFromAnotherSiteIsRefusedWhateverItsBody() {
    Login patient = practice.clearedPatient("Cross Site");
    long appointment = bookedAppointment(patient);
    String cookie = api.sessionCookie(patient);
    String cancel = "api/appointments/" + appointment + "/cancel";

    List<HttpRequest> forged =
        List.of(
            withCookie(cancel, cookie).header("Origin", EVIL).POST(noBody()).build(),
            withCookie(cancel, cookie)
                .header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=none"))
                .build(),
            withCookie(cancel, cookie)
                .header("Origin", EVIL)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            withCookie(cancel, cookie)
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            api.request(cancel, patient).header("Origin", EVIL).POST(noBody()).build());
    for (HttpRequest request : forged) {
      Api.Reply refused = api.send(request);
      assertThat(refused.status()).as("%s %s", request.headers().map(), refused).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("detail")).contains("CareRoute's own pages");
    }
    assertThat(api.get("api/appointments/" + appointment, patient).json().getString("status"))
        .isEqualTo("BOOKED");
    assertThat(refusals("POST /" + cancel))
        .filteredOn(e -> e.getString("actor").equals(patient.login()))
        .extracting(e -> e.getString("reason"))
        .containsOnly("write from another site (403)")
        .hasSize(forged.size());

    Api.Reply ownPage =
        api.send(
            withCookie(cancel, cookie)
                .header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(""))
                .build());
    assertThat(ownPage.status()).as(ownPage.toString()).isEqualTo(200);
    assertThat(api.get("api/appointments/" + appointment, patient).json().getString("status"))
        .isEqualTo("CANCELLED");
  }

  @Test
  void formAndTextBodiesAreRefusedEvenFromNoSiteAtAll() {
    String email = "form." + practice.tag + "@patients.example";
    String registration =
        """
        {"email":"%s","password":"long-enough-pass","profile":{"fullName":"Form Body","dateOfBirth":"1970-01-01"}}"""
            .formatted(email);
    for (String type :
        List.of(
            "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
      Api.Reply refused =
          api.send(
              api.request("api/patients", null)
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString(registration))
                  .build());
      assertThat(refused.status()).as("%s: %s", type, refused).isEqualTo(415);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().getString("detail")).contains("application/json");
    }
    assertThat(api.get("api/session", new Login(email, "long-enough-pass")).status())
        .as("nothing was registered")
        .isEqualTo(401);
  }

  @Test
  void registeringAKnownEmailAnswersExactlyLikeANewOneAndIsAudited() {
    String email = "twice." + practice.tag + "@patients.example";
    Api.Reply first = register(email, "first-long-password");
    Api.Reply again = register(email.toUpperCase(), "second-long-password");

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(first.status());
    assertThat(again.json().keySet()).isEqualTo(first.json().keySet());
    assertThat(again.json().getString("detail")).isEqualTo(first.json().getString("detail"));
    assertThat(again.raw().headers().firstValue("Location"))
        .isEqualTo(first.raw().headers().firstValue("Location"));
    assertThat(api.get("api/session", new Login(email, "first-long-password")).status())
        .isEqualTo(200);
    assertThat(api.get("api/session", new Login(email, "second-long-password")).status())
        .as("the second registration changed nothing")
        .isEqualTo(401);
    assertThat(practice.auditEvents("Login", email))
        .extracting(e -> e.getString("reason", ""))
        .contains("registered again: already exists");
  }

  @Test
  void apiAnswersAreNotStoredAndOpenapiCarriesTheSecurityHeaders() {
    Login patient = practice.registeredPatient("No Store");
    Api.Reply me = api.get("api/patients/me", patient);
    assertThat(me.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(api.get("api/appointments", patient).raw().headers().firstValue("Cache-Control"))
        .hasValue("no-store");

    Api.Reply openapi = api.get("openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.raw().headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(openapi.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(openapi.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(openapi.raw().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void refusedAccessIsAuditedWithWhoAndWhy() {
    Login patient = practice.registeredPatient("Curious Patient");
    assertThat(api.get("api/admin/nurses", patient).status()).isEqualTo(403);
    assertThat(refusals("GET /api/admin/nurses"))
        .filteredOn(e -> e.getString("actor").equals(patient.login()))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("reason")).endsWith("(403)"))
        .satisfies(e -> assertThat(e.getString("occurredAt")).isNotBlank());

    Api.Reply anonymous = api.get("api/admin/treatments", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(refusals("GET /api/admin/treatments"))
        .filteredOn(e -> e.getString("actor").equals("anonymous"))
        .isNotEmpty();
  }

  @Test
  void browsersAreNeverChallengedForBasic() {
    Login wrong = new Login("admin@careroute.example", "wrong-password");
    Api.Reply apiClient = api.get("api/session", wrong);
    assertThat(apiClient.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
    Api.Reply browser =
        api.send(api.request("api/session", wrong).header("Sec-Fetch-Mode", "cors").GET().build());
    assertThat(browser.status()).isEqualTo(401);
    assertThat(browser.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).doesNotStartWith("Basic"));
    Api.Reply anonymousPage =
        api.send(
            api.request("api/patients/me", null).header("Sec-Fetch-Mode", "cors").GET().build());
    assertThat(anonymousPage.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).doesNotStartWith("Basic"));
    assertThat(api.get("api/session", Api.ADMIN).status())
        .as("two failures stay below the lock")
        .isEqualTo(200);
  }

  private long bookedAppointment(Login patient) {
    long clinic = practice.clinic(2);
    long treatment = practice.treatment(30, 30, "\"CLINIC\"", "");
    long nurse = practice.nurse("Cross Site Nurse", "");
    practice.shift(nurse, clinic, "CLINIC", TestPractice.at(4, 8, 0), TestPractice.at(4, 14, 0));
    Api.Reply booked =
        api.post(
            "api/appointments",
            TestPractice.clinicBooking(treatment, clinic, TestPractice.at(4, 9, 0)),
            patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().getJsonNumber("id").longValue();
  }

  private Api.Reply register(String email, String password) {
    return api.post(
        "api/patients",
        """
        {"email":"%s","password":"%s","profile":{"fullName":"Twice Registered","dateOfBirth":"1970-01-01"}}"""
            .formatted(email, password),
        null);
  }

  private HttpRequest.Builder withCookie(String path, String cookie) {
    return api.request(path, null).header("Cookie", cookie);
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private String origin() {
    URI uri = api.uri("/");
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private List<JsonObject> refusals(String request) {
    return practice.auditEvents("Request", request);
  }
}
