package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.careroute.application.Caller;
import org.careroute.application.booking.AppointmentView;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.SessionBooking;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.RecordNotFoundException;

/**
 * A patient's answer to an offer, each in a transaction of its own that locks the offer first: two
 * answers to one offer take turns, and the second finds it answered.
 */
@ApplicationScoped
public class OfferAnswers {

  @Inject WaitlistRepository waitlist;

  @Inject BookingService booking;

  @Inject FreedPlaces places;

  @Inject Clock clock;

  /** Books the place as the patient, through the normal booking path and its day lock. */
  @Transactional
  public AppointmentView accept(String token) {
    WaitlistOffer offer = open(token);
    WaitlistEntry entry = offer.entry();
    ZoneId zone = entry.clinic().zone();
    Caller patient = new Caller(entry.patient().accountLogin(), Set.of(Role.PATIENT));
    AppointmentView booked =
        booking.book(
            patient,
            new SessionBooking(
                entry.treatment().id(),
                entry.setting(),
                entry.clinic().id(),
                offer.window().start().atZone(zone).toOffsetDateTime(),
                entry.setting() == CareSetting.HOME
                    ? offer.window().end().atZone(zone).toOffsetDateTime()
                    : null,
                null));
    offer.accepted(booked.id());
    return booked;
  }

  /**
   * Ends an open offer without a booking, and frees its place for the next waiting patient in the
   * same transaction.
   *
   * @return false when the offer was no longer open
   */
  @Transactional
  public boolean end(String token, WaitlistOffer.Status why) {
    WaitlistOffer offer = find(token);
    if (offer.status() != WaitlistOffer.Status.OPEN) {
      return false;
    }
    offer.end(why);
    places.record(FreedPlace.heldBy(offer, clock.instant()));
    return true;
  }

  /** The offer was no longer open when answered: nothing was booked, nothing changes. */
  public static class OfferEnded extends BusinessConflictException {

    private static final long serialVersionUID = 1L;

    OfferEnded(String message) {
      super(message);
    }
  }

  private WaitlistOffer open(String token) {
    WaitlistOffer offer = find(token);
    if (offer.entry().status() == WaitlistEntry.Status.REMOVED) {
      throw new OfferEnded("You left the waitlist, so this offer has ended.");
    }
    if (!offer.isOpen(clock.instant())) {
      throw new OfferEnded(
          switch (offer.status()) {
            case ACCEPTED -> "This place is already booked for you.";
            case DECLINED -> "You let this place go; you keep your place on the waitlist.";
            case TAKEN -> "This place was taken meanwhile; you keep your place on the waitlist.";
            default ->
                "This offer has expired and went to the next patient; you keep your place on"
                    + " the waitlist.";
          });
    }
    return offer;
  }

  private WaitlistOffer find(String token) {
    return waitlist
        .findOfferForUpdate(token)
        .orElseThrow(() -> new RecordNotFoundException("offer", "behind this link"));
  }
}
