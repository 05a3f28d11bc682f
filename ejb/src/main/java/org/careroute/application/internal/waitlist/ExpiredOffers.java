package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;

/**
 * Ends expired offers in a transaction of its own, which also writes their places as freed: ended
 * and passed on together, or neither.
 */
@ApplicationScoped
public class ExpiredOffers {

  private static final int BATCH = 20;

  @Inject WaitlistRepository waitlist;

  @Inject FreedPlaces places;

  @Inject Clock clock;

  /**
   * @return how many offers ended
   */
  @Transactional
  public int end() {
    Instant now = clock.instant();
    List<WaitlistOffer> expired = waitlist.claimExpired(now, BATCH);
    for (WaitlistOffer offer : expired) {
      offer.end(WaitlistOffer.Status.EXPIRED);
      places.record(FreedPlace.heldBy(offer, now));
    }
    return expired.size();
  }
}
