package org.careroute.application.internal.waitlist;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.careroute.application.Caller;
import org.careroute.application.booking.BookingService;
import org.careroute.application.waitlist.FreedPlaceView;
import org.careroute.application.waitlist.WaitlistTestControls;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.FreedPlaceRepository;
import org.careroute.domain.shared.RecordNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The waitlist's test controls, and the two faults the rounds of freed places look at: a server
 * without {@code careroute.test.waitlist-controls=true} never pauses and never fails on purpose.
 */
@ApplicationScoped
public class WaitlistTestFaults implements WaitlistTestControls {

  @Inject
  @ConfigProperty(name = "careroute.test.waitlist-controls", defaultValue = "false")
  boolean enabled;

  @Inject FreedPlaceRepository freed;

  @Inject AppointmentRepository appointments;

  @Inject BookingService booking;

  @Resource TransactionSynchronizationRegistry transactions;

  private volatile boolean paused;

  private final Map<Long, Integer> failing = new ConcurrentHashMap<>();

  @Override
  public boolean enabled() {
    return enabled;
  }

  @Override
  public List<FreedPlaceView> pendingAt(long clinicId) {
    requireEnabled();
    return freed.pendingAt(clinicId).stream()
        .map(
            p ->
                new FreedPlaceView(
                    p.clinicId(),
                    p.day(),
                    p.appointmentId().orElse(null),
                    p.waitlistEntryId().orElse(null),
                    p.lease().attempts(),
                    p.lease().holder().isPresent()))
        .toList();
  }

  @Override
  public void pauseOffers(boolean paused) {
    requireEnabled();
    this.paused = paused;
  }

  @Override
  public void failNextOffers(long clinicId, int count) {
    requireEnabled();
    failing.put(clinicId, count);
  }

  @Override
  public int failingOffersLeft(long clinicId) {
    requireEnabled();
    return failing.getOrDefault(clinicId, 0);
  }

  @Override
  @Transactional
  public int cancelRolledBack(Caller caller, long appointmentId) {
    requireEnabled();
    long clinic =
        appointments
            .find(appointmentId)
            .orElseThrow(() -> new RecordNotFoundException("appointment", appointmentId))
            .clinic()
            .id();
    booking.cancel(caller, appointmentId);
    int seen =
        (int)
            freed.pendingAt(clinic).stream()
                .filter(p -> p.appointmentId().equals(Optional.of(appointmentId)))
                .count();
    transactions.setRollbackOnly();
    return seen;
  }

  boolean offersPaused() {
    return enabled && paused;
  }

  /**
   * Fails the offer of this place when a test asked for failures at its clinic and some are left.
   */
  void failIfAsked(FreedPlace place) {
    if (!enabled) {
      return;
    }
    boolean[] fail = {false};
    failing.computeIfPresent(
        place.clinicId(),
        (clinic, left) -> {
          fail[0] = left > 0;
          return Math.max(left - 1, 0);
        });
    if (fail[0]) {
      throw new IllegalStateException("A test asked this offer to fail.");
    }
  }

  private void requireEnabled() {
    if (!enabled) {
      throw new RecordNotFoundException("This server's waitlist cannot be controlled.");
    }
  }
}
