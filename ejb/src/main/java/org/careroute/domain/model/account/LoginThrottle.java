package org.careroute.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The failed logins of one subject, an account or a client address: the root of the LoginThrottle
 * aggregate. It is asked before a password is hashed, so that a locked or slowed subject costs the
 * server no hashing at all. Rows live in the database, so every node of a cluster counts alike.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  @Column(length = 270)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  protected LoginThrottle() {}

  /** A subject without failures yet. */
  public LoginThrottle(String subject, Instant now) {
    this.subject = subject;
    this.lastFailureAt = now;
  }

  /** The subject that counts an account's failures, whether the account exists or not. */
  public static String account(String login) {
    return "account:" + login.strip().toLowerCase(Locale.ROOT);
  }

  /** The subject that counts a client address's failures, over every account it tries. */
  public static String address(String clientAddress) {
    return "address:" + clientAddress;
  }

  public String subject() {
    return subject;
  }

  public int failures() {
    return failures;
  }

  /**
   * How long the subject must still wait before a password may be checked; zero when it may be now.
   */
  public Duration waitAt(Instant now, ThrottlePolicy policy) {
    if (isForgottenAt(now, policy)) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, lastFailureAt.plus(policy.waitAfter(failures)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Counts a failure at {@code now}; the failures before it are forgotten once the policy forgets
   * them or a lockout has run out.
   *
   * @return whether this failure locks the subject
   */
  public boolean failedAt(Instant now, ThrottlePolicy policy) {
    if (isForgottenAt(now, policy) || (policy.locks(failures) && waitAt(now, policy).isZero())) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    return failures == policy.maxFailures();
  }

  private boolean isForgottenAt(Instant now, ThrottlePolicy policy) {
    Duration remembered =
        policy.forgetAfter().compareTo(policy.waitAfter(failures)) > 0
            ? policy.forgetAfter()
            : policy.waitAfter(failures);
    return !now.isBefore(lastFailureAt.plus(remembered));
  }
}
