package org.careroute.application.internal.waitlist;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.RejectedExecutionException;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.application.booking.RoomGained;
import org.careroute.application.planning.DayPublished;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.FreedPlaceRepository;

/**
 * The one way in to the waitlist for everything that can free a place: a change to a booking (a
 * cancellation or no-show frees its place), a day that gained room ({@link RoomGained}), a
 * published plan (a solve that compacted the day), an offer that ended unanswered. Each freed place
 * is written in the transaction of the change that frees it, so that it survives the node; once
 * that commits, this node is nudged to offer it at once, off the caller's thread. The worker's
 * rounds offer whatever a nudge missed.
 */
@ApplicationScoped
public class FreedPlaces {

  /** Some place was freed in the transaction; heard once it committed. */
  public record PlaceFreed() {}

  @Inject FreedPlaceRepository freed;

  @Inject AppointmentRepository appointments;

  @Inject FreedPlaceRounds rounds;

  @Inject Event<PlaceFreed> placeFreed;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  void onChange(@Observes AppointmentChanged change) {
    // A booking made or moved still holds its place; a move's old time comes as RoomGained.
    appointments
        .find(change.appointmentId())
        .filter(appointment -> !appointment.status().holdsCapacity())
        .ifPresent(appointment -> record(FreedPlace.leftBy(appointment, clock.instant())));
  }

  void onRoom(@Observes RoomGained room) {
    Instant now = clock.instant();
    for (LocalDate day = room.firstDay(); !day.isAfter(room.lastDay()); day = day.plusDays(1)) {
      freed.add(FreedPlace.roomOn(room.clinicId(), day, now));
    }
    placeFreed.fire(new PlaceFreed());
  }

  /**
   * The places the optimizer found for waiting patients are written first, each for its patient, so
   * that rounds (first freed first) offer them before the day's room goes to the waitlist in order.
   */
  void onPublished(@Observes DayPublished published) {
    Instant now = clock.instant();
    for (DayPublished.WaitingFit fit : published.waitingFits()) {
      freed.add(
          FreedPlace.foundFor(
              published.clinicId(), published.day(), fit.waitlistEntryId(), fit.start(), now));
    }
    record(FreedPlace.roomOn(published.clinicId(), published.day(), now));
  }

  /** Writes the freed place within the caller's transaction, to be offered once it commits. */
  public void record(FreedPlace place) {
    freed.add(place);
    placeFreed.fire(new PlaceFreed());
  }

  void nudgeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceFreed committed) {
    try {
      executor.execute(rounds::offerDue);
    } catch (RejectedExecutionException e) {
      // The server is stopping: the place is a row, and a worker's next round offers it.
    }
  }
}
