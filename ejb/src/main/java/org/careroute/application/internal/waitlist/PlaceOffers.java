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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.FreedPlace;
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
   * (so that the day's capacity, not a count, says how many are offered). Within the caller's
   * transaction, which removes the freed place with it.
   *
   * @return the offers made
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<WaitlistOffer> offer(FreedPlace freed) {
    if (freed.waitlistEntryId().isPresent()) {
      return offerFound(freed.waitlistEntryId().get(), freed.foundStart().orElseThrow()).stream()
          .toList();
    }
    return freed
        .appointmentId()
        .map(appointment -> offerPlaceOf(appointment).stream().toList())
        .orElseGet(() -> offerRoom(freed.clinicId(), freed.day()));
  }

  /**
   * Offers a waiting patient the place the optimizer found for them (back-fill): exactly that
   * session start, or for a home visit an arrival window holding the planned arrival, if the
   * plan-checked availability still confirms it, and only while they still wait and did not let a
   * place of the day go.
   *
   * @return the offer made, if any
   */
  private Optional<WaitlistOffer> offerFound(long entryId, Instant start) {
    WaitlistEntry entry =
        waitlist.find(entryId).filter(e -> e.status() == WaitlistEntry.Status.WAITING).orElse(null);
    if (entry == null || !start.isAfter(clock.instant())) {
      return Optional.empty();
    }
    Clinic clinic = entry.clinic();
    LocalDate day = clinic.dayOf(start);
    dayLocks.lock(clinic.id(), List.of(day));
    if (waitlist.entriesOfferedRoomOn(clinic.id(), clinic.wholeDay(day)).contains(entryId)) {
      return Optional.empty();
    }
    if (entry.setting() == CareSetting.HOME) {
      return offerIfFits(entry, day, null, windows -> arrivalWindowAround(windows, start));
    }
    // A place of one second admits only windows starting exactly then.
    return offerIfFits(entry, new TimeInterval(start, start.plusSeconds(1)), day, null);
  }

  /**
   * Of the arrival windows offered, the one holding the planned arrival that opens last: on the
   * hourly grid of two-hour windows, the one opening on the hour the nurse arrives in, which the
   * waiting visit's planning window ensures the patient can take.
   */
  private static Optional<OfferedWindow> arrivalWindowAround(
      List<OfferedWindow> windows, Instant arrival) {
    return windows.stream()
        .filter(w -> !w.start().toInstant().isAfter(arrival))
        .filter(w -> !w.end().toInstant().isBefore(arrival))
        .max(Comparator.comparing(w -> w.start().toInstant()));
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
    return offerIfFits(
        entry,
        day,
        freedAppointmentId,
        windows ->
            windows.stream()
                .filter(w -> !w.start().toInstant().isBefore(place.start()))
                .filter(w -> w.start().toInstant().isBefore(place.end()))
                .findFirst());
  }

  /**
   * Offers the entry the window {@code pick} takes from those availability offers them on {@code
   * day} at a time they can come, if it takes one.
   */
  private Optional<WaitlistOffer> offerIfFits(
      WaitlistEntry entry,
      LocalDate day,
      Long freedAppointmentId,
      Function<List<OfferedWindow>, Optional<OfferedWindow>> pick) {
    if (!entry.screenedForBooking()) {
      return Optional.empty();
    }
    return pick.apply(fittingWindows(entry, day))
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

  private List<OfferedWindow> fittingWindows(WaitlistEntry entry, LocalDate day) {
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
          .filter(w -> entry.canCome(w.start().toInstant()))
          .toList();
    } catch (RuntimeException e) {
      // This patient cannot be booked now (a treatment withdrawn, a home visit without an
      // address...): the place goes on to the next. Only the type: a message may quote data.
      LOG.info(() -> "Waitlist entry passed over: " + e.getClass().getName());
      return List.of();
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
