package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.FreedPlaceRepository;
import org.careroute.domain.shared.WorkLease;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The freed places as a worker's round uses them, each step a transaction of its own: a claim
 * commits before the place is offered, so that no other node offers it meanwhile; the offer and the
 * place's removal commit together, so that a place is offered once or stays to be offered.
 */
@ApplicationScoped
public class FreedPlaceClaims {

  @Inject FreedPlaceRepository freed;

  @Inject PlaceOffers offers;

  @Inject WaitlistTestFaults faults;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.retry-seconds", defaultValue = "30")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.longest-retry-seconds", defaultValue = "3600")
  long longestRetrySeconds;

  @Transactional
  public Optional<FreedPlace> claim(String claimer) {
    return freed.claimNext(claimer, clock.instant(), Duration.ofSeconds(leaseSeconds));
  }

  /** Offers a claimed place and removes it; nothing when the claim was lost to another node. */
  @Transactional
  public void offer(FreedPlace claimed, String claimer) {
    if (freed.removeClaimed(claimed.id(), claimer)) {
      faults.failIfAsked(claimed);
      offers.offer(claimed);
    }
  }

  /** After a failed offer the place waits, longer after each failure, and is then tried again. */
  @Transactional
  public void failed(FreedPlace claimed, String claimer) {
    Duration wait = backoff().after(claimed.lease().attempts());
    freed.release(claimed.id(), claimer, clock.instant().plus(wait));
  }

  WorkLease.Backoff backoff() {
    return new WorkLease.Backoff(
        Duration.ofSeconds(retrySeconds), Duration.ofSeconds(longestRetrySeconds));
  }
}
