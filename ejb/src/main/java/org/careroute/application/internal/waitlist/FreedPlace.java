package org.careroute.application.internal.waitlist;

import java.time.LocalDate;
import org.careroute.domain.model.waitlist.WaitlistOffer;

/**
 * What may be offered to the waitlist: the place one appointment left (a cancellation, a no-show),
 * or the room a clinic's day gained, which may fit several waiting patients.
 *
 * @param appointmentId the appointment that left its place, or null for a day's room
 * @param clinicId the day's clinic, or null when the appointment names it
 * @param day the day of the room, or null when the appointment names it
 */
public record FreedPlace(Long appointmentId, Long clinicId, LocalDate day) {

  public static FreedPlace of(long appointmentId) {
    return new FreedPlace(appointmentId, null, null);
  }

  public static FreedPlace room(long clinicId, LocalDate day) {
    return new FreedPlace(null, clinicId, day);
  }

  /** The place an offer held, to pass on to the next waiting patient once the offer ended. */
  public static FreedPlace heldBy(WaitlistOffer offer) {
    return offer
        .freedAppointmentId()
        .map(FreedPlace::of)
        .orElseGet(
            () -> {
              var clinic = offer.entry().clinic();
              return room(clinic.id(), clinic.dayOf(offer.window().start()));
            });
  }
}
