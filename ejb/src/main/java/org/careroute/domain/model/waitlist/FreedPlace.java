package org.careroute.domain.model.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.shared.WorkLease;

/**
 * A place freed for the waitlist and not yet offered: the root of the FreedPlace aggregate. It is
 * the place one appointment left (a cancellation, a no-show), or the room a clinic's day gained,
 * which may fit several waiting patients. It is written in the transaction of the change that frees
 * it; a node claims it, offers it and removes it, or tries again later when offering failed.
 */
@Entity
@Table(name = "freed_place")
public class FreedPlace {

  private static final String ROOM = "room";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "clinic_id", nullable = false)
  private long clinicId;

  @Column(name = "place_day", nullable = false)
  private LocalDate day;

  @Column(name = "appointment_id")
  private Long appointmentId;

  /** The waiting patient the optimizer found this place for, offered it alone; else empty. */
  @Column(name = "waitlist_entry_id")
  private Long waitlistEntryId;

  @Column(name = "found_start")
  private Instant foundStart;

  /** Set while the place waits for its first claim: one such row per place is enough. */
  @Column(name = "pending_key")
  private String pendingKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Embedded private WorkLease lease;

  protected FreedPlace() {}

  private FreedPlace(long clinicId, LocalDate day, Long appointmentId, Instant now) {
    this.clinicId = clinicId;
    this.day = day;
    this.appointmentId = appointmentId;
    this.pendingKey = clinicId + "/" + day + "/" + (appointmentId == null ? ROOM : appointmentId);
    this.createdAt = now;
    this.lease = WorkLease.dueAt(now);
  }

  /** The place a cancelled or missed appointment left. */
  public static FreedPlace leftBy(Appointment appointment, Instant now) {
    Clinic clinic = appointment.clinic();
    Instant start = appointment.plannedStart().orElse(appointment.window().start());
    return new FreedPlace(clinic.id(), clinic.dayOf(start), appointment.id(), now);
  }

  /** The room a clinic's day gained. */
  public static FreedPlace roomOn(long clinicId, LocalDate day, Instant now) {
    return new FreedPlace(clinicId, day, null, now);
  }

  /**
   * The place the optimizer found for a waiting patient (back-fill): offered to that patient alone,
   * at exactly that start.
   */
  public static FreedPlace foundFor(
      long clinicId, LocalDate day, long waitlistEntryId, Instant start, Instant now) {
    FreedPlace found = new FreedPlace(clinicId, day, null, now);
    found.waitlistEntryId = waitlistEntryId;
    found.foundStart = start;
    found.pendingKey = clinicId + "/" + day + "/entry-" + waitlistEntryId;
    return found;
  }

  /** The place an offer held, to pass on to the next waiting patient once the offer ended. */
  public static FreedPlace heldBy(WaitlistOffer offer, Instant now) {
    Clinic clinic = offer.entry().clinic();
    return new FreedPlace(
        clinic.id(),
        clinic.dayOf(offer.window().start()),
        offer.freedAppointmentId().orElse(null),
        now);
  }

  public Long id() {
    return id;
  }

  public long clinicId() {
    return clinicId;
  }

  public LocalDate day() {
    return day;
  }

  /** The appointment that left the place; empty for a day's new room. */
  public Optional<Long> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  /** The waiting patient the optimizer found this place for; empty for any other place. */
  public Optional<Long> waitlistEntryId() {
    return Optional.ofNullable(waitlistEntryId);
  }

  /** When the session the optimizer found starts; set with {@link #waitlistEntryId()}. */
  public Optional<Instant> foundStart() {
    return Optional.ofNullable(foundStart);
  }

  /** The key that coalesces this place with one like it still waiting for its first claim. */
  public String pendingKey() {
    return pendingKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The claim of the round offering it, and how often rounds claimed it. */
  public WorkLease lease() {
    return lease;
  }
}
