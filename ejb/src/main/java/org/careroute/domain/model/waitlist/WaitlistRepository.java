package org.careroute.domain.model.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.shared.TimeInterval;

public interface WaitlistRepository {

  void add(WaitlistEntry entry);

  void add(WaitlistOffer offer);

  Optional<WaitlistEntry> find(long entryId);

  List<WaitlistEntry> findOfPatient(long patientId);

  /** The clinic's waiting patients whose days include the day, first come first. */
  List<WaitlistEntry> waitingFor(long clinicId, LocalDate day);

  /** The clinic's entries still open on the day (waiting or holding an offer), first come first. */
  List<WaitlistEntry> openOn(long clinicId, LocalDate day);

  /** The offer behind a link, locked: two answers to it at once take turns. */
  Optional<WaitlistOffer> findOfferForUpdate(String token);

  /** The entries a freed place was already offered to. */
  List<Long> entriesOfferedPlace(long freedAppointmentId);

  /**
   * The entries offered a place of the day that no one appointment freed (the day gained room), so
   * that such places do not go back to a patient who let one go.
   */
  List<Long> entriesOfferedRoomOn(long clinicId, TimeInterval day);

  /**
   * Whether any offer of the clinic is held now (open, not expired) with a window overlapping
   * {@code span}: one indexed look that loads nothing, for the many days that hold none.
   */
  boolean anyHeldAt(long clinicId, TimeInterval span, Instant now);

  /** The offers of the clinic held now (open, not expired) whose windows overlap {@code span}. */
  List<WaitlistOffer> heldAt(long clinicId, TimeInterval span, Instant now);

  /** Open offers past their time, locked for this caller alone (FOR UPDATE SKIP LOCKED). */
  List<WaitlistOffer> claimExpired(Instant now, int limit);

  List<WaitlistOffer> offersOf(long entryId);
}
