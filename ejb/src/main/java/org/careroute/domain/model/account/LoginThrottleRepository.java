package org.careroute.domain.model.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface LoginThrottleRepository {

  Optional<LoginThrottle> find(String subject);

  /** The rows of those subjects that have one, by subject: one round trip for a login's checks. */
  Map<String, LoginThrottle> find(Collection<String> subjects);

  /**
   * The subject's row, locked until the transaction ends, created (without failures) when missing;
   * concurrent first failures of one subject on several nodes meet on the same row.
   */
  LoginThrottle lockOrCreate(String subject, Instant now);

  /** Forgets a subject's failures; a subject without any is ignored. */
  void remove(String subject);

  /**
   * Removes the rows whose last failure was before {@code quietSince}.
   *
   * @return how many were removed
   */
  int removeQuietSince(Instant quietSince);
}
