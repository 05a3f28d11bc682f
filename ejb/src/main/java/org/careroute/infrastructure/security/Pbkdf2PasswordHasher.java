package org.careroute.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.careroute.domain.model.account.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 from the platform's Jakarta Security. The stored text carries algorithm, iterations and
 * salt, so raising the iteration count later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "careroute.password.iterations", defaultValue = "210000")
  int iterations;

  private final AtomicLong checks = new AtomicLong();

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  @Override
  public boolean matches(char[] password, String hash) {
    checks.incrementAndGet();
    return pbkdf2.verify(password, hash);
  }

  @Override
  public long checksSoFar() {
    return checks.get();
  }
}
