package org.careroute.application.internal.session;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.careroute.application.session.LoginProtection;

/**
 * Deletes failed logins old enough to be forgotten, so that guesses at unknown logins leave no rows
 * behind for good. Every node runs it; the delete is idempotent.
 */
@Singleton
public class ForgottenLoginFailurePurge {

  private static final Logger LOG = Logger.getLogger(ForgottenLoginFailurePurge.class.getName());

  @Inject LoginProtection protection;

  // Not persistent: a missed run is simply done at the next one, on this node or another.
  @Schedule(hour = "*", minute = "5/10", persistent = false)
  void purge() {
    int removed = protection.forgetQuiet();
    if (removed > 0) {
      LOG.fine(() -> "Forgot the failed logins of " + removed + " accounts and addresses.");
    }
  }
}
