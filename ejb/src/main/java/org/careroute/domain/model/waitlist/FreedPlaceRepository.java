package org.careroute.domain.model.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The freed places the whole cluster shares, waiting to be offered. */
public interface FreedPlaceRepository {

  /**
   * Writes the place, within the caller's transaction, unless one like it (same clinic, day and
   * appointment) still waits for its first claim.
   */
  void add(FreedPlace place);

  /**
   * Claims the place freed first among those due at {@code now} (or whose claim's lease ran out)
   * for {@code claimer}: no other claim can take it, and none waits for this one.
   */
  Optional<FreedPlace> claimNext(String claimer, Instant now, Duration lease);

  /**
   * Removes a claimed place, if {@code claimer} still holds it.
   *
   * @return false when the claim was lost (its lease ran out and someone else took it)
   */
  boolean removeClaimed(long id, String claimer);

  /** Gives a claimed place back after a failed attempt: it waits until {@code retryAt}. */
  boolean release(long id, String claimer, Instant retryAt);

  /** The clinic's places not yet offered, freed first first. */
  List<FreedPlace> pendingAt(long clinicId);
}
