package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Password guessing: failed logins lock an account (the test server locks after 4), a locked
 * account is refused before its password is checked, an admin unlocks it, and all of it is audited;
 * a Basic client pays the password hash once, not per request.
 */
class LoginProtectionIT extends DeployedApplication {

  private static final int LOCKING_FAILURES = 4;

  @Test
  void wrongPasswordsLockTheAccountWithRetryAfterUntilAnAdminUnlocksIt() {
    Login patient = practice.registeredPatient("Locked Out");
    Login guess = new Login(patient.login(), "not-the-password");
    for (int i = 1; i <= LOCKING_FAILURES; i++) {
      Api.Reply wrong = logIn(guess);
      assertThat(wrong.status()).as("guess %d: %s", i, wrong).isEqualTo(401);
    }

    Api.Reply locked = logIn(patient);
    assertThat(locked.status()).as("the right password while locked: %s", locked).isEqualTo(429);
    assertThat(locked.contentType()).startsWith("application/problem+json");
    assertThat(locked.json().getString("detail")).contains("Try again in");
    long retryAfter = Long.parseLong(locked.raw().headers().firstValue("Retry-After").orElse("0"));
    assertThat(retryAfter).as("the lockout's 15 minutes").isBetween(60L, 15 * 60L);
    Api.Reply lockedBasic = api.get("api/patients/me", patient);
    assertThat(lockedBasic.status()).as(lockedBasic.toString()).isEqualTo(429);
    assertThat(lockedBasic.raw().headers().firstValue("Retry-After")).isPresent();

    Api.Reply unlocked = api.delete("api/admin/logins/" + patient.login() + "/failures", Api.ADMIN);
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(unlocked.json().getBoolean("hadFailedLogins")).isTrue();
    assertThat(logIn(patient).status()).isEqualTo(200);

    List<JsonObject> events = practice.auditEvents("Login", patient.login());
    assertThat(events)
        .filteredOn(e -> e.getString("action").equals("REFUSE"))
        .extracting(e -> e.getString("reason"))
        .filteredOn(reason -> reason.startsWith("email address or password wrong"))
        .hasSize(LOCKING_FAILURES);
    assertThat(events)
        .filteredOn(e -> e.getString("action").equals("REFUSE"))
        .extracting(e -> e.getString("reason"))
        .filteredOn(reason -> reason.startsWith("too many failed logins"))
        .as("the two attempts while locked")
        .hasSize(2);
    assertThat(events)
        .filteredOn(e -> e.getString("action").equals("LOCK"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("reason")).contains("locked for 15 min"));
    assertThat(events)
        .filteredOn(e -> e.getString("action").equals("UNLOCK"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(Api.ADMIN.login()));
  }

  @Test
  void anUnknownLoginIsThrottledLikeAKnownOne() {
    Login nobody = new Login("nobody." + practice.tag + "@patients.example", "any-password");
    for (int i = 1; i <= LOCKING_FAILURES; i++) {
      assertThat(logIn(nobody).status()).isEqualTo(401);
    }
    Api.Reply locked = logIn(nobody);
    assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
    assertThat(locked.json().getString("detail"))
        .as("the same words as for a patient's account")
        .startsWith("Too many failed logins for this account or from this network. Try again in");
  }

  @Test
  void aRepeatedBasicRequestIsNotHashedAgainButEveryWrongPasswordIs() {
    Login patient = practice.registeredPatient("Basic Client");
    // The admin reads the counter through a session, whose requests hash nothing.
    String admin = api.sessionCookie(Api.ADMIN);
    assertThat(api.get("api/patients/me", patient).status()).isEqualTo(200);

    long before = passwordChecks(admin);
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("api/patients/me", patient).status()).isEqualTo(200);
    }
    assertThat(passwordChecks(admin))
        .as("five requests with verified credentials")
        .isEqualTo(before);

    Login wrong = new Login(patient.login(), "wrong-password");
    assertThat(api.get("api/patients/me", wrong).status()).isEqualTo(401);
    assertThat(api.get("api/patients/me", wrong).status()).isEqualTo(401);
    assertThat(passwordChecks(admin)).as("wrong passwords are never cached").isEqualTo(before + 2);
    assertThat(api.get("api/patients/me", patient).status())
        .as("the right password after failures below the limit")
        .isEqualTo(200);
  }

  @Test
  void anApiClientSendsItsSessionTokenAsABearerTokenAndHashesNothing() {
    Login patient = practice.registeredPatient("Bearer Client");
    String admin = api.sessionCookie(Api.ADMIN);
    String token = api.sessionCookie(patient).substring("CAREROUTE_SESSION=".length());

    long before = passwordChecks(admin);
    for (int i = 0; i < 3; i++) {
      Api.Reply me =
          api.send(
              api.request("api/patients/me", null)
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build());
      assertThat(me.status()).as(me.toString()).isEqualTo(200);
      assertThat(me.json().getString("email")).isEqualTo(patient.login());
    }
    assertThat(passwordChecks(admin)).isEqualTo(before);
    Api.Reply forged =
        api.send(
            api.request("api/patients/me", null)
                .header("Authorization", "Bearer " + token.substring(1))
                .GET()
                .build());
    assertThat(forged.status()).isEqualTo(401);
  }

  private Api.Reply logIn(Login login) {
    return api.post(
        "api/session",
        """
        {"login":"%s","password":"%s"}"""
            .formatted(login.login(), login.password()),
        null);
  }

  private long passwordChecks(String adminCookie) {
    Api.Reply reply =
        api.send(
            api.request("api/admin/logins/password-checks", null)
                .header("Cookie", adminCookie)
                .GET()
                .build());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonNumber("passwordChecks").longValue();
  }
}
