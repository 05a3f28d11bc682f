package org.careroute.application.internal.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.careroute.application.session.LoginSessionService;
import org.careroute.application.session.SessionLogin;
import org.careroute.application.session.StartedSession;
import org.careroute.domain.model.account.LoginSession;
import org.careroute.domain.model.account.LoginSessionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultLoginSessionService implements LoginSessionService {

  /**
   * A session's last use is written at most this often, so that most requests only read its row;
   * the idle timeout is therefore exact to within this much.
   */
  static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;

  @Inject LoginSessionRepository sessions;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.session.idle-minutes", defaultValue = "30")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "careroute.session.lifetime-hours", defaultValue = "12")
  long lifetimeHours;

  @Override
  public StartedSession start(String login, Set<String> roles) {
    byte[] secret = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Duration lifetime = Duration.ofHours(lifetimeHours);
    sessions.add(new LoginSession(hash(token), login, roles, clock.instant(), lifetime));
    return new StartedSession(token, login, Set.copyOf(roles));
  }

  @Override
  public Optional<SessionLogin> resume(String token) {
    Instant now = clock.instant();
    return sessions
        .findByTokenHash(hash(token))
        .filter(s -> s.isActiveAt(now, idleTimeout()))
        .map(
            s -> {
              s.seenAt(now, LAST_SEEN_GRANULARITY);
              return new SessionLogin(s.login(), s.roles());
            });
  }

  @Override
  public void end(String token) {
    sessions.remove(hash(token));
  }

  @Override
  public int purgeEnded() {
    Instant now = clock.instant();
    return sessions.removeEnded(now.minus(idleTimeout()), now);
  }

  private Duration idleTimeout() {
    return Duration.ofMinutes(idleMinutes);
  }

  /**
   * Tokens are 256 random bits, so a fast unsalted hash is enough to make a stolen table useless.
   */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
