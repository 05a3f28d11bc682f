package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.careroute.application.internal.planning.ClusterNode;
import org.careroute.domain.model.waitlist.FreedPlace;

/**
 * Offers the freed places that are due, first freed first, each under a claim of its own round so
 * that it is offered once across the cluster. Run by the worker every check and by a nudge after a
 * place was freed; rounds at once (here or on other nodes) share the places out.
 */
@ApplicationScoped
public class FreedPlaceRounds {

  private static final Logger LOG = Logger.getLogger(FreedPlaceRounds.class.getName());

  @Inject FreedPlaceClaims claims;

  @Inject WaitlistTestFaults faults;

  @Inject ClusterNode node;

  private final AtomicLong rounds = new AtomicLong();

  public void offerDue() {
    if (faults.offersPaused()) {
      return;
    }
    String claimer = node.name() + "/waitlist-" + rounds.incrementAndGet();
    try {
      for (Optional<FreedPlace> next = claims.claim(claimer);
          next.isPresent();
          next = claims.claim(claimer)) {
        offer(next.get(), claimer);
      }
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The places wait for the next round.
      LOG.warning(() -> "Freed places round failed: " + e.getClass().getName());
    }
  }

  private void offer(FreedPlace claimed, String claimer) {
    try {
      claims.offer(claimed, claimer);
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "Offering a freed place failed, tried again later: " + e.getClass().getName());
      claims.failed(claimed, claimer);
    }
  }
}
