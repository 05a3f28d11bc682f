package org.careroute.application.waitlist;

import java.util.List;
import org.careroute.application.Caller;

/**
 * What a test of the waitlist's durability needs to see and to break: the freed places waiting to
 * be offered, this node's rounds of them stopped, offers made to fail, a cancellation rolled back.
 * Only a server started with {@code careroute.test.waitlist-controls=true} lets any of it happen;
 * everywhere else each refuses.
 */
public interface WaitlistTestControls {

  /** Whether this server was started with the controls. */
  boolean enabled();

  /** The clinic's freed places not yet offered, freed first first. */
  List<FreedPlaceView> pendingAt(long clinicId);

  /** Stops (or starts again) this node's rounds of freed places, nudges included. */
  void pauseOffers(boolean paused);

  /**
   * Makes the next {@code count} offers of the clinic's freed places fail, as a database error
   * would.
   */
  void failNextOffers(long clinicId, int count);

  /** How many of the clinic's offers asked to fail have not failed yet. */
  int failingOffersLeft(long clinicId);

  /**
   * Cancels the appointment as the caller in a transaction that is then rolled back.
   *
   * @return the freed places of the appointment the transaction saw before it rolled back
   */
  int cancelRolledBack(Caller caller, long appointmentId);
}
