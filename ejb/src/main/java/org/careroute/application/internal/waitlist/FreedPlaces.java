package org.careroute.application.internal.waitlist;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.careroute.application.booking.AppointmentChanged;

/**
 * Hears of every committed change to a booking; one that gave its place up (cancelled, a no-show)
 * has the place offered to the waitlist, on a managed thread: the change's caller does not wait for
 * the waiting patients' availability.
 */
@ApplicationScoped
public class FreedPlaces {

  private static final Logger LOG = Logger.getLogger(FreedPlaces.class.getName());

  @Inject PlaceOffers offers;

  @Resource ManagedExecutorService executor;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
    executor.execute(() -> passOn(change.appointmentId()));
  }

  /** Offers the place the appointment left, if it left one. */
  public void passOn(long appointmentId) {
    try {
      offers.offerFreedPlace(appointmentId);
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. An unoffered place stays bookable as any other.
      LOG.warning(() -> "Offering a freed place failed: " + e.getClass().getName());
    }
  }
}
