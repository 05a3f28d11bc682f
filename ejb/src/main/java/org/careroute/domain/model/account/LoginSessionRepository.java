package org.careroute.domain.model.account;

import java.time.Instant;
import java.util.Optional;

public interface LoginSessionRepository {

  void add(LoginSession session);

  Optional<LoginSession> findByTokenHash(String tokenHash);

  void remove(String tokenHash);

  /**
   * Removes the sessions last seen before {@code idleSince} or expiring before {@code now}.
   *
   * @return how many were removed
   */
  int removeEnded(Instant idleSince, Instant now);
}
