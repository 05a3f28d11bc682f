package org.careroute.application.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions that a login starts and a cookie carries: the cookie holds a random token, the database
 * holds only its hash, so every node can check it and none needs to remember it.
 */
public interface LoginSessionService {

  /** A new session for a login whose credentials were just checked, under a fresh token. */
  StartedSession start(@NotBlank String login, @NotNull Set<String> roles);

  /** Who the token logs in, if its session still stands; marks the session as used. */
  Optional<SessionLogin> resume(@NotNull String token);

  /** Ends the token's session; a token that stands for none is ignored. */
  void end(@NotNull String token);

  /**
   * Removes every session that has ended.
   *
   * @return how many were removed
   */
  int purgeEnded();
}
