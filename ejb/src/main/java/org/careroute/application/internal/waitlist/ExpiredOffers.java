package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;

/** Ends expired offers in a transaction of its own, so that their places pass on after commit. */
@ApplicationScoped
public class ExpiredOffers {

  private static final int BATCH = 20;

  @Inject WaitlistRepository waitlist;

  @Inject Clock clock;

  /**
   * @return the places that pass on now
   */
  @Transactional
  public List<FreedPlace> end() {
    return waitlist.claimExpired(clock.instant(), BATCH).stream()
        .map(
            offer -> {
              offer.end(WaitlistOffer.Status.EXPIRED);
              return FreedPlace.heldBy(offer);
            })
        .toList();
  }
}
