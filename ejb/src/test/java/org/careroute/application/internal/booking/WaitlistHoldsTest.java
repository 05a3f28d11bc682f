package org.careroute.application.internal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.service.CapacitySnapshot;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every availability and booking call of a day asks the waitlist's holds: a day without an open
 * offer costs one existence look and loads no offer.
 */
class WaitlistHoldsTest {

  static final LocalDate DAY = LocalDate.of(2027, 3, 3);

  /** The waitlist's reads, counted; the existence look answers what the test says. */
  static final class CountedWaitlist implements WaitlistRepository {
    boolean anyHeld;
    final List<String> reads = new ArrayList<>();

    @Override
    public boolean anyHeldAt(long clinicId, TimeInterval span, Instant now) {
      reads.add("anyHeldAt");
      return anyHeld;
    }

    @Override
    public List<WaitlistOffer> heldAt(long clinicId, TimeInterval span, Instant now) {
      reads.add("heldAt");
      return List.of();
    }

    @Override
    public void add(WaitlistEntry entry) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(WaitlistOffer offer) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<WaitlistEntry> find(long entryId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistEntry> findOfPatient(long patientId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistEntry> waitingFor(long clinicId, LocalDate day) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistEntry> openOn(long clinicId, LocalDate day) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<WaitlistOffer> findOfferForUpdate(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> entriesOfferedPlace(long freedAppointmentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> entriesOfferedRoomOn(long clinicId, TimeInterval day) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistOffer> claimExpired(Instant now, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistOffer> offersOf(long entryId) {
      throw new UnsupportedOperationException();
    }
  }

  final CountedWaitlist waitlist = new CountedWaitlist();
  final WaitlistHolds holds = new WaitlistHolds();
  CapacitySnapshot committed;

  @BeforeEach
  void aClinicDayWithNothingBooked() throws ReflectiveOperationException {
    Clinic clinic =
        new Clinic(
            "Clinic",
            "1 Main St",
            new GeoPoint(38.58, -121.49),
            ZoneId.of("America/Los_Angeles"),
            List.of(
                new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
    Field id = Clinic.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(clinic, 7L);
    committed = new CapacitySnapshot(clinic, List.of(), List.of());
    holds.waitlist = waitlist;
    holds.clock = Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void aDayWithoutOpenOffersIsOneExistenceLookAndLoadsNoOffer() {
    CapacitySnapshot asked = holds.added(committed, DAY, null);

    assertThat(asked).isSameAs(committed);
    assertThat(waitlist.reads).containsExactly("anyHeldAt");
  }

  @Test
  void aDayWithAnOpenOfferLoadsItsOffersAfterTheLook() {
    waitlist.anyHeld = true;

    holds.added(committed, DAY, null);

    assertThat(waitlist.reads).containsExactly("anyHeldAt", "heldAt");
  }
}
