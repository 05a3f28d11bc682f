package org.careroute.application.internal.waitlist;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.planning.DayPublished;

/**
 * The one way in to the waitlist for everything that can free a place: a committed change to a
 * booking (a cancellation or no-show frees its place), a day that gained room ({@link RoomGained}),
 * a published plan (a solve that compacted the day), an offer that ended unanswered. Each is
 * offered on a managed thread after commit: the change's caller does not wait for the waiting
 * patients' availability.
 */
@ApplicationScoped
public class FreedPlaces {

  private static final Logger LOG = Logger.getLogger(FreedPlaces.class.getName());

  @Inject PlaceOffers offers;

  @Resource ManagedExecutorService executor;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
    executor.execute(() -> passOn(FreedPlace.of(change.appointmentId())));
  }

  void onRoom(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomGained room) {
    executor.execute(() -> passOnRoom(room.clinicId(), room.firstDay(), room.lastDay()));
  }

  /**
   * The places the optimizer found for waiting patients are offered first, each to its patient;
   * what room is left then goes to the waitlist in order.
   */
  void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) DayPublished published) {
    executor.execute(
        () -> {
          published.waitingFits().forEach(this::offerFit);
          passOn(FreedPlace.room(published.clinicId(), published.day()));
        });
  }

  private void offerFit(DayPublished.WaitingFit fit) {
    try {
      offers.offerFound(fit.waitlistEntryId(), fit.start());
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The room pass that follows may still offer it.
      LOG.warning(() -> "Offering a place the optimizer found failed: " + e.getClass().getName());
    }
  }

  private void passOnRoom(long clinicId, LocalDate firstDay, LocalDate lastDay) {
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      passOn(FreedPlace.room(clinicId, day));
    }
  }

  /** Offers the freed place to the waiting patients it fits. */
  public void passOn(FreedPlace place) {
    try {
      offers.offer(place);
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. An unoffered place stays bookable as any other.
      LOG.warning(() -> "Offering a freed place failed: " + e.getClass().getName());
    }
  }
}
