package org.careroute.application.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;

/**
 * Slows down and locks password guessing, per account and per client address, before any password
 * is hashed. Failures are counted in the database, so every node of a cluster refuses alike;
 * lockouts, unlocks and refused logins are audited.
 */
public interface LoginProtection {

  /** Whether a password for {@code login} from {@code clientAddress} may be checked now. */
  LoginAdmission admit(@NotNull String login, @NotNull String clientAddress);

  /** Counts a wrong password (or an unknown login), locking the account or address at the limit. */
  void failed(@NotNull String login, @NotNull String clientAddress);

  /** Forgets the account's failures after its right password. */
  void succeeded(@NotNull String login);

  /**
   * Lets a locked account log in again at once (admins).
   *
   * @return whether the account had failures to forget
   */
  boolean unlock(
      @NotNull Caller admin, @NotBlank(message = "Give the login to unlock.") String login);

  /** How many passwords this node has hashed since it started: the work a login cache saves. */
  long passwordChecksOnThisNode();

  /**
   * Deletes the failures old enough to be forgotten.
   *
   * @return how many subjects were forgotten
   */
  int forgetQuiet();
}
