package org.careroute.domain.model.account;

/**
 * Turns passwords into salted slow hashes and checks them; the hash text names its own parameters.
 */
public interface PasswordHasher {

  String hash(char[] password);

  boolean matches(char[] password, String hash);

  /** How many passwords this node has checked against a hash since it started. */
  long checksSoFar();
}
