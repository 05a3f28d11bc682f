package org.careroute.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A login that a session cookie stands for. It is known by the hash of the cookie's token only, so
 * the stored row cannot be replayed as a cookie. It ends when it has been idle too long or has
 * reached its absolute expiry, whichever comes first.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 254)
  private String login;

  /** The login's roles when it logged in, comma-separated. */
  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected LoginSession() {}

  public LoginSession(
      String tokenHash, String login, Set<String> roles, Instant now, Duration lifetime) {
    this.tokenHash = tokenHash;
    this.login = login;
    this.roles = String.join(",", new TreeSet<>(roles));
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public String tokenHash() {
    return tokenHash;
  }

  public String login() {
    return login;
  }

  public Set<String> roles() {
    return roles.isEmpty()
        ? Set.of()
        : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether the session still stands at {@code now} with the given idle timeout. */
  public boolean isActiveAt(Instant now, Duration idleTimeout) {
    return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  /**
   * Records that the session was used. Writes only once {@code granularity} has passed since the
   * last record, so that most requests only read the row.
   *
   * @return whether the record changed
   */
  public boolean seenAt(Instant now, Duration granularity) {
    if (now.isBefore(lastSeenAt.plus(granularity))) {
      return false;
    }
    lastSeenAt = now;
    return true;
  }
}
