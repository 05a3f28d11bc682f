package org.careroute.application.internal.session;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.careroute.application.session.LoginSessionService;

/**
 * Deletes ended login sessions now and then. Every node runs it; the delete is idempotent, so nodes
 * need not agree on who does it. Ended sessions are refused whether purged or not.
 */
@Singleton
public class EndedSessionPurge {

  private static final Logger LOG = Logger.getLogger(EndedSessionPurge.class.getName());

  @Inject LoginSessionService sessions;

  // Not persistent: a missed run is simply done at the next one, on this node or another.
  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void purge() {
    int removed = sessions.purgeEnded();
    if (removed > 0) {
      LOG.fine(() -> "Removed " + removed + " ended login sessions.");
    }
  }
}
