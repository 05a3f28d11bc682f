package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The server as a whole: schema migrated, demo practice loaded, health and OpenAPI served, errors
 * shaped.
 */
class PlatformIT extends DeployedApplication {

  @Test
  void readinessReportsTheDatabaseUp() {
    int managementPort = 9990 + Integer.getInteger("test.port.offset", 100);
    Api.Reply ready =
        api.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .GET()
                .build());
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.body()).contains("\"name\":\"database\"");
    assertThat(ready.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void openApiDocumentsEveryResource() {
    Api.Reply openapi = api.get("openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains(
            "/api/patients",
            "/api/patients/me/screening",
            "/api/treatments",
            "/api/availability",
            "/api/appointments/{id}/reschedule",
            "/api/series",
            "/api/screenings/{id}/approve",
            "/api/admin/clinics/{id}/chairs",
            "/api/admin/nurses/{id}/shifts",
            "/api/admin/treatments",
            "/api/session",
            "/api/nurse/visits",
            "/api/calendar/feed",
            "/api/plans/{clinicId}/{day}/day-events",
            "/api/map",
            "/api/planning-goals");
  }

  @Test
  void demoPracticeIsLoadedIntoTheEmptyDatabase() {
    Api.Reply clinics = api.get("api/clinics", null);
    assertThat(clinics.status()).isEqualTo(200);
    assertThat(clinics.array().stream().map(c -> c.asJsonObject().getString("name")))
        .contains("CareRoute Midtown", "CareRoute Roseville");
    Api.Reply treatments = api.get("api/treatments", null);
    assertThat(treatments.array().stream().map(t -> t.asJsonObject().getString("code")))
        .contains("IV_40", "IV_240", "IM", "LOZENGE");
    Api.Reply nurses = api.get("api/admin/nurses", Api.ADMIN);
    assertThat(nurses.array().size()).isGreaterThanOrEqualTo(14);
    Api.Reply demoPatient =
        api.get("api/appointments", new Api.Login("patient002@example.com", "careroute-demo"));
    assertThat(demoPatient.status()).isEqualTo(200);
  }

  @Test
  void unknownAddressesAndMethodsAnswerWithProblemDetails() {
    Api.Reply missing = api.get("api/no-such-thing", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().getInt("status")).isEqualTo(404);

    Api.Reply wrongMethod = api.put("api/treatments", "{}", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }

  @Test
  void pagesAndTheApiCarryASecurityPolicyAndPagesGetNoBrowserLoginDialog() {
    Api.Reply page = api.send(api.request("dispatcher.html", null).GET().build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.raw().headers().firstValue("Referrer-Policy")).contains("no-referrer");

    Api.Reply fromClient = api.get("api/session", null);
    assertThat(fromClient.status()).isEqualTo(401);
    assertThat(fromClient.raw().headers().firstValue("WWW-Authenticate"))
        .contains("Basic realm=\"CareRoute\"");
    Api.Reply fromPage =
        api.send(
            api.request("api/session", null)
                .header("X-Requested-With", "XMLHttpRequest")
                .GET()
                .build());
    assertThat(fromPage.status()).isEqualTo(401);
    assertThat(fromPage.raw().headers().firstValue("WWW-Authenticate"))
        .contains("Session realm=\"CareRoute\"");
  }

  @Test
  void aLoginSessionCookieIsHttpOnlyAndStrictAndEndsAtLogout() {
    Api.Reply login =
        api.post(
            "api/session",
            """
        {"login":"dispatcher@careroute.example","password":"careroute-demo"}""",
            null);
    assertThat(login.status()).isEqualTo(200);
    String cookie =
        login.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CAREROUTE_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    String session = cookie.substring(0, cookie.indexOf(';'));
    assertThat(
            api.send(api.request("api/session", null).header("Cookie", session).GET().build())
                .status())
        .isEqualTo(200);
    assertThat(
            api.send(api.request("api/session", null).header("Cookie", session).DELETE().build())
                .status())
        .isEqualTo(204);
    assertThat(
            api.send(api.request("api/session", null).header("Cookie", session).GET().build())
                .status())
        .as("logging out ends the session")
        .isEqualTo(401);
  }
}
