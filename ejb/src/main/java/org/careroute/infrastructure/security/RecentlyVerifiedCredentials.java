package org.careroute.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Credentials whose password this node verified within the last minute, so that a client sending
 * HTTP Basic on every request pays the slow hash once, not per request. Entries are keyed by an
 * HMAC of login, password and the stored hash under a key that never leaves this node's memory: a
 * heap dump shows no password, a changed password (a new stored hash) misses at once, and a
 * disabled account is refused before the cache is asked. Wrong passwords are never kept. Each node
 * has its own cache, hence the short life.
 */
@ApplicationScoped
public class RecentlyVerifiedCredentials {

  private static final String MAC = "HmacSHA256";

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.login.verified-cache-seconds", defaultValue = "60")
  long lifeSeconds;

  @Inject
  @ConfigProperty(name = "careroute.login.verified-cache-size", defaultValue = "10000")
  int maxEntries;

  private final Map<String, Instant> expiryByKey = new ConcurrentHashMap<>();
  private SecretKeySpec key;

  @PostConstruct
  void generateKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, MAC);
  }

  public boolean contains(String login, char[] password, String storedHash) {
    Instant expiry = expiryByKey.get(keyOf(login, password, storedHash));
    return expiry != null && clock.instant().isBefore(expiry);
  }

  public void add(String login, char[] password, String storedHash) {
    if (lifeSeconds <= 0) {
      return;
    }
    Instant now = clock.instant();
    if (expiryByKey.size() >= maxEntries) {
      expiryByKey.values().removeIf(expiry -> !now.isBefore(expiry));
      if (expiryByKey.size() >= maxEntries) {
        // Bounded memory over cleverness: a full cache of live entries starts over.
        expiryByKey.clear();
      }
    }
    expiryByKey.put(keyOf(login, password, storedHash), now.plus(Duration.ofSeconds(lifeSeconds)));
  }

  private String keyOf(String login, char[] password, String storedHash) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(login.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      var passwordBytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      mac.update(passwordBytes);
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException everyJavaHasHmacSha256) {
      throw new IllegalStateException(everyJavaHasHmacSha256);
    }
  }
}
