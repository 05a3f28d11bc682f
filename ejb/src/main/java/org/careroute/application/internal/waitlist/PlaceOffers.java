package org.careroute.application.internal.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.careroute.application.Caller;
import org.careroute.application.booking.AvailabilityQuery;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.OfferedWindow;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicDayLocks;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.ScreeningStatus;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.shared.TimeInterval;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers a freed place ({@link FreedPlace}) to the waiting patients in the order they joined: each
 * is asked of the booking service's plan-checked availability, as the patient would be; the first
 * whose treatment fits into the freed time, on a day and at a time of day they can come, is offered
 * it, held for {@code careroute.waitlist.hold-minutes}, by mail. A patient whose screening waits
 * for a clinician is passed over: a place offered to them could not be confirmed.
 */
@ApplicationScoped
public class PlaceOffers {

  private static final Logger LOG = Logger.getLogger(PlaceOffers.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who asks availability for the waiting patients, as the front desk would. */
  static final Caller WAITLIST = new Caller("waitlist@careroute", Set.of(Role.DISPATCHER));

  @Inject AppointmentRepository appointments;

  @Inject WaitlistRepository waitlist;

  @Inject BookingService booking;

  @Inject ClinicRepository clinics;

  @Inject OfferMail mail;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.hold-minutes", defaultValue = "30")
  double holdMinutes;

  /**
   * A held place counts as the day's capacity: offers of a day are made under its lock, so that a
   * booking or another offer competing for the same place waits and then sees the hold.
   */
  @Inject ClinicDayLocks dayLocks;

  /**
   * Offers the freed place: the place an appointment left to the first waiting patient who fits it;
   * a day's new room to every waiting patient who fits it, in turn, each offer holding its place
   * (so that the day's capacity, not a count, says how many are offered).
   *
   * @return the offers made
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<WaitlistOffer> offer(FreedPlace freed) {
    return freed.appointmentId() != null
        ? offerPlaceOf(freed.appointmentId()).stream().toList()
        : offerRoom(freed.clinicId(), freed.day());
  }

  private Optional<WaitlistOffer> offerPlaceOf(long freedAppointmentId) {
    Appointment freed = appointments.find(freedAppointmentId).orElse(null);
    if (freed == null || freed.status().holdsCapacity()) {
      return Optional.empty();
    }
    Instant start = freed.plannedStart().orElse(freed.window().start());
    TimeInterval place = new TimeInterval(start, start.plus(freed.occupancy()));
    if (!place.start().isAfter(clock.instant())) {
      return Optional.empty();
    }
    LocalDate day = freed.clinic().dayOf(place.start());
    dayLocks.lock(freed.clinic().id(), List.of(day));
    List<Long> alreadyOffered = waitlist.entriesOfferedPlace(freedAppointmentId);
    return waitlist.waitingFor(freed.clinic().id(), day).stream()
        .filter(entry -> entry.setting() == freed.setting())
        .filter(entry -> !alreadyOffered.contains(entry.id()))
        .flatMap(entry -> offerIfFits(entry, place, day, freedAppointmentId).stream())
        .findFirst();
  }

  private List<WaitlistOffer> offerRoom(long clinicId, LocalDate day) {
    Clinic clinic = clinics.find(clinicId).orElse(null);
    if (clinic == null) {
      return List.of();
    }
    TimeInterval wholeDay = clinic.wholeDay(day);
    if (!wholeDay.end().isAfter(clock.instant())) {
      return List.of();
    }
    dayLocks.lock(clinicId, List.of(day));
    List<Long> alreadyOffered = waitlist.entriesOfferedRoomOn(clinicId, wholeDay);
    List<WaitlistOffer> made = new ArrayList<>();
    for (WaitlistEntry entry : waitlist.waitingFor(clinicId, day)) {
      if (!alreadyOffered.contains(entry.id())) {
        offerIfFits(entry, wholeDay, day, null).ifPresent(made::add);
      }
    }
    return made;
  }

  /** Offers the entry the first window within {@code place} that fits them, if one does. */
  private Optional<WaitlistOffer> offerIfFits(
      WaitlistEntry entry, TimeInterval place, LocalDate day, Long freedAppointmentId) {
    if (!screenedForBooking(entry)) {
      return Optional.empty();
    }
    return fittingWindow(entry, place, day)
        .map(
            window -> {
              WaitlistOffer offer =
                  new WaitlistOffer(
                      entry,
                      freedAppointmentId,
                      new TimeInterval(window.start().toInstant(), window.end().toInstant()),
                      token(),
                      clock.instant().plus(hold()),
                      clock.instant());
              waitlist.add(offer);
              mail.offered(offer);
              return offer;
            });
  }

  private static boolean screenedForBooking(WaitlistEntry entry) {
    return entry
        .patient()
        .currentScreening()
        .map(s -> s.status() != ScreeningStatus.HOLD)
        .orElse(false);
  }

  private Optional<OfferedWindow> fittingWindow(
      WaitlistEntry entry, TimeInterval place, LocalDate day) {
    try {
      return booking
          .availability(
              WAITLIST,
              new AvailabilityQuery(
                  entry.treatment().id(),
                  entry.setting(),
                  entry.clinic().id(),
                  day,
                  day,
                  entry.patient().id(),
                  null))
          .stream()
          .filter(w -> !w.start().toInstant().isBefore(place.start()))
          .filter(w -> w.start().toInstant().isBefore(place.end()))
          .filter(w -> entry.canCome(w.start().toInstant()))
          .findFirst();
    } catch (RuntimeException e) {
      // This patient cannot be booked now (a treatment withdrawn, a home visit without an
      // address...): the place goes on to the next. Only the type: a message may quote data.
      LOG.info(() -> "Waitlist entry passed over: " + e.getClass().getName());
      return Optional.empty();
    }
  }

  private Duration hold() {
    return Duration.ofMillis(Math.round(holdMinutes * 60_000));
  }

  private static String token() {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }
}
