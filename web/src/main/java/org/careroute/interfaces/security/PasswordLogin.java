package org.careroute.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.careroute.application.session.LoginAdmission;
import org.careroute.application.session.LoginProtection;

/**
 * The one way a password is checked, for HTTP Basic and for {@code POST /api/session} alike: the
 * throttle is asked first, so a locked or slowed login costs no hashing; then the identity store
 * (which skips the hash for credentials it verified a moment ago); then the outcome is counted.
 *
 * <p>Checks of one login run one at a time on a node: parallel guesses at one account then cannot
 * hash side by side before their failures are counted, and a client's burst of parallel requests
 * pays the hash once, the others finding it verified.
 */
@ApplicationScoped
public class PasswordLogin {

  /** What a check came to. */
  public sealed interface Outcome permits LoggedIn, Wrong, Throttled {}

  public record LoggedIn(CredentialValidationResult result) implements Outcome {}

  public record Wrong() implements Outcome {}

  public record Throttled(Duration retryAfter) implements Outcome {}

  /**
   * Locks striped by login: bounded memory whatever logins are tried; two logins sharing a stripe
   * only wait for each other's hash.
   */
  private static final int STRIPES = 64;

  private static final long QUEUE_SECONDS = 5;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  @Inject LoginProtection protection;

  @Inject IdentityStoreHandler identityStores;

  public PasswordLogin() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  public Outcome check(String login, String password, String clientAddress) {
    ReentrantLock stripe =
        stripes[Math.floorMod(login.strip().toLowerCase(Locale.ROOT).hashCode(), STRIPES)];
    try {
      if (!stripe.tryLock(QUEUE_SECONDS, TimeUnit.SECONDS)) {
        return new Throttled(Duration.ofSeconds(1));
      }
    } catch (InterruptedException shuttingDown) {
      Thread.currentThread().interrupt();
      return new Throttled(Duration.ofSeconds(1));
    }
    try {
      LoginAdmission admission = protection.admit(login, clientAddress);
      if (!admission.admitted()) {
        return new Throttled(admission.retryAfter());
      }
      CredentialValidationResult result =
          identityStores.validate(new UsernamePasswordCredential(login, password));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (admission.accountHasFailures()) {
          protection.succeeded(login);
        }
        return new LoggedIn(result);
      }
      protection.failed(login, clientAddress);
      return new Wrong();
    } finally {
      stripe.unlock();
    }
  }

  /** The problem's title for a throttled login. */
  public static final String THROTTLED_TITLE = "Too many failed logins";

  /** What a throttled caller is told; the same for a known and an unknown login. */
  public static String throttledDetail(Duration retryAfter) {
    long seconds = retryAfterSeconds(retryAfter);
    String when = seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    return "Too many failed logins for this account or from this network. Try again in "
        + when
        + ", or ask the practice to unlock the account.";
  }

  /** Whole seconds, rounded up, for the {@code Retry-After} header. */
  public static long retryAfterSeconds(Duration retryAfter) {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
