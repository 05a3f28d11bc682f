package org.careroute.application.internal.session;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.session.LoginAdmission;
import org.careroute.application.session.LoginProtection;
import org.careroute.domain.model.account.LoginThrottle;
import org.careroute.domain.model.account.LoginThrottleRepository;
import org.careroute.domain.model.account.PasswordHasher;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.ThrottlePolicy;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.shared.AccessDeniedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultLoginProtection implements LoginProtection {

  static final String LOGIN_RECORD = "Login";
  static final String ADDRESS_RECORD = "ClientAddress";

  /** Lockouts are the server's doing, not a user's. */
  static final String SYSTEM_ACTOR = "careroute";

  @Inject LoginThrottleRepository throttles;

  @Inject PasswordHasher hasher;

  @Inject AuditRecorder audit;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.login.free-failures", defaultValue = "3")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "careroute.login.first-delay-seconds", defaultValue = "1")
  long firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "careroute.login.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "careroute.login.lockout-minutes", defaultValue = "15")
  long lockoutMinutes;

  @Inject
  @ConfigProperty(name = "careroute.login.forget-after-minutes", defaultValue = "60")
  long forgetAfterMinutes;

  // An address speaks for many people behind one NAT, so it may fail more often than an account.
  @Inject
  @ConfigProperty(name = "careroute.login.address-free-failures", defaultValue = "30")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "careroute.login.address-max-failures", defaultValue = "100")
  int addressMaxFailures;

  private ThrottlePolicy accountPolicy;
  private ThrottlePolicy addressPolicy;

  @PostConstruct
  void configure() {
    Duration firstDelay = Duration.ofSeconds(firstDelaySeconds);
    Duration lockout = Duration.ofMinutes(lockoutMinutes);
    Duration forgetAfter = Duration.ofMinutes(forgetAfterMinutes);
    accountPolicy = new ThrottlePolicy(freeFailures, firstDelay, maxFailures, lockout, forgetAfter);
    addressPolicy =
        new ThrottlePolicy(
            addressFreeFailures, firstDelay, addressMaxFailures, lockout, forgetAfter);
  }

  @Override
  public LoginAdmission admit(String login, String clientAddress) {
    Instant now = clock.instant();
    String accountSubject = LoginThrottle.account(login);
    String addressSubject = LoginThrottle.address(clientAddress);
    Map<String, LoginThrottle> found = throttles.find(List.of(accountSubject, addressSubject));
    Optional<LoginThrottle> account = Optional.ofNullable(found.get(accountSubject));
    Duration accountWait = account.map(t -> t.waitAt(now, accountPolicy)).orElse(Duration.ZERO);
    Duration addressWait =
        Optional.ofNullable(found.get(addressSubject))
            .map(t -> t.waitAt(now, addressPolicy))
            .orElse(Duration.ZERO);
    Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
    if (!wait.isZero()) {
      audit.record(
          normalised(login),
          AuditAction.REFUSE,
          LOGIN_RECORD,
          normalised(login),
          "too many failed logins, retry in " + wait.toSeconds() + " s, from " + clientAddress);
    }
    return new LoginAdmission(wait, account.filter(t -> t.failures() > 0).isPresent());
  }

  @Override
  public void failed(String login, String clientAddress) {
    Instant now = clock.instant();
    String who = normalised(login);
    audit.record(
        who,
        AuditAction.REFUSE,
        LOGIN_RECORD,
        who,
        "email address or password wrong, from " + clientAddress);
    LoginThrottle account = throttles.lockOrCreate(LoginThrottle.account(login), now);
    if (account.failedAt(now, accountPolicy)) {
      audit.record(SYSTEM_ACTOR, AuditAction.LOCK, LOGIN_RECORD, who, lockDetail(clientAddress));
    }
    LoginThrottle address = throttles.lockOrCreate(LoginThrottle.address(clientAddress), now);
    if (address.failedAt(now, addressPolicy)) {
      audit.record(
          SYSTEM_ACTOR, AuditAction.LOCK, ADDRESS_RECORD, clientAddress, lockDetail(clientAddress));
    }
  }

  private String lockDetail(String clientAddress) {
    return "locked for "
        + lockoutMinutes
        + " min after too many failed logins, the last from "
        + clientAddress;
  }

  @Override
  public void succeeded(String login) {
    throttles.remove(LoginThrottle.account(login));
  }

  @Override
  public boolean unlock(Caller admin, String login) {
    if (!admin.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only admins unlock logins.");
    }
    String subject = LoginThrottle.account(login);
    boolean hadFailures = throttles.find(subject).filter(t -> t.failures() > 0).isPresent();
    throttles.remove(subject);
    audit.record(
        admin.login(),
        AuditAction.UNLOCK,
        LOGIN_RECORD,
        normalised(login),
        hadFailures ? "failed logins forgotten" : "had no failed logins");
    return hadFailures;
  }

  @Override
  public long passwordChecksOnThisNode() {
    return hasher.checksSoFar();
  }

  @Override
  public int forgetQuiet() {
    Duration remembered =
        accountPolicy.forgetAfter().compareTo(accountPolicy.lockout()) > 0
            ? accountPolicy.forgetAfter()
            : accountPolicy.lockout();
    return throttles.removeQuietSince(clock.instant().minus(remembered));
  }

  private static String normalised(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }
}
