package org.careroute.application.internal.session;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.careroute.application.session.LoginProtection;
import org.careroute.application.session.LoginSessionService;

/**
 * Deletes what logins leave behind now and then: ended login sessions, and failed logins old enough
 * to be forgotten (guesses at unknown logins would otherwise stay for good). Every node runs it;
 * the deletes are idempotent, so nodes need not agree on who does it. Ended sessions are refused,
 * and forgotten failures ignored, whether purged or not.
 */
@Singleton
public class LoginLeftoverPurge {

  private static final Logger LOG = Logger.getLogger(LoginLeftoverPurge.class.getName());

  @Inject LoginSessionService sessions;

  @Inject LoginProtection protection;

  // Not persistent: a missed run is simply done at the next one, on this node or another.
  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void purge() {
    int sessionsRemoved = sessions.purgeEnded();
    int failuresForgotten = protection.forgetQuiet();
    if (sessionsRemoved > 0 || failuresForgotten > 0) {
      LOG.fine(
          () ->
              "Removed "
                  + sessionsRemoved
                  + " ended login sessions and the failed logins of "
                  + failuresForgotten
                  + " accounts and addresses.");
    }
  }
}
