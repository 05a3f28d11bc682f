package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.service.CapacitySnapshot;
import org.careroute.domain.service.FirstFitPlacer;
import org.careroute.domain.service.TravelTimeEstimator;
import org.careroute.domain.shared.TimeInterval;

/**
 * Places held for waiting patients count as capacity: each open offer of the day is placed by the
 * first fit as a tentative booking (never stored), in the order the offers were made, so that no
 * one else is offered or given the place while the waiting patient decides. The patient the place
 * is held for does not meet their own hold: accepting books it through the normal path.
 */
@ApplicationScoped
public class WaitlistHolds {

  @Inject WaitlistRepository waitlist;

  @Inject TravelTimeEstimator travel;

  @Inject Clock clock;

  /**
   * The committed day with the holds of everyone but {@code asking} added as tentative bookings.
   *
   * @param asking the patient booking or asking availability; null counts every hold
   */
  public CapacitySnapshot added(CapacitySnapshot committed, LocalDate day, Patient asking) {
    Instant now = clock.instant();
    long clinicId = committed.clinic().id();
    TimeInterval wholeDay = committed.clinic().wholeDay(day);
    // Most days hold no offer: one look at the index then, and nothing loaded.
    if (!waitlist.anyHeldAt(clinicId, wholeDay, now)) {
      return committed;
    }
    List<WaitlistOffer> held =
        waitlist.heldAt(clinicId, wholeDay, now).stream()
            .filter(o -> asking == null || !Objects.equals(o.entry().patient().id(), asking.id()))
            .toList();
    if (held.isEmpty()) {
      return committed;
    }
    FirstFitPlacer placer = new FirstFitPlacer(travel);
    CapacitySnapshot withHolds = committed;
    for (WaitlistOffer offer : held) {
      BookingRequest request = requestOf(offer);
      if (request == null) {
        continue;
      }
      CapacitySnapshot before = withHolds;
      withHolds =
          placer
              .place(request, before)
              .map(p -> withTentative(before, new Appointment(request, p, true, now)))
              .orElse(before);
    }
    return withHolds;
  }

  private static CapacitySnapshot withTentative(CapacitySnapshot day, Appointment tentative) {
    List<Appointment> appointments = new ArrayList<>(day.appointments());
    appointments.add(tentative);
    return new CapacitySnapshot(day.clinic(), day.shifts(), appointments);
  }

  /** The session the offer holds, as the waiting patient would book it; null if they cannot. */
  private static BookingRequest requestOf(WaitlistOffer offer) {
    WaitlistEntry entry = offer.entry();
    Patient patient = entry.patient();
    MonitoringLevel level = patient.monitoringLevel().orElse(null);
    if (level == null) {
      return null;
    }
    boolean home = entry.setting() == CareSetting.HOME;
    if (home && patient.homeLocation().isEmpty()) {
      return null;
    }
    return new BookingRequest(
        patient,
        entry.treatment(),
        entry.clinic(),
        entry.setting(),
        level,
        home ? patient.homeLocation().get() : null,
        offer.window());
  }
}
