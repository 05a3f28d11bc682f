package org.careroute.domain.model.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.careroute.domain.shared.TimeInterval;

/**
 * A freed place offered to one waiting patient, held for them until it expires: the root of the
 * WaitlistOffer aggregate. The freed appointment, when one freed it, names the place, so that it
 * passes from patient to patient without being offered to anyone twice; a place found when the day
 * gained room (a nurse back, a chair in use again, a shift added, a plan published, a booking moved
 * away) has none, and passes on within its day.
 */
@Entity
@Table(name = "waitlist_offer")
public class WaitlistOffer {

  /** Where an offer stands. */
  public enum Status {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** Someone else booked the place first. */
    TAKEN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "entry_id")
  private WaitlistEntry entry;

  @Column(name = "freed_appointment_id")
  private Long freedAppointmentId;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "window_end", nullable = false)
  private Instant windowEnd;

  @Column(nullable = false)
  private String token;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The booking an accepted offer made. */
  @Column(name = "appointment_id")
  private Long appointmentId;

  protected WaitlistOffer() {}

  public WaitlistOffer(
      WaitlistEntry entry,
      Long freedAppointmentId,
      TimeInterval window,
      String token,
      Instant expiresAt,
      Instant now) {
    this.entry = entry;
    this.freedAppointmentId = freedAppointmentId;
    this.windowStart = window.start();
    this.windowEnd = window.end();
    this.token = token;
    this.status = Status.OPEN;
    this.expiresAt = expiresAt;
    this.createdAt = now;
    entry.offered();
  }

  public boolean isOpen(Instant now) {
    return status == Status.OPEN && now.isBefore(expiresAt);
  }

  public void accepted(long appointmentId) {
    this.status = Status.ACCEPTED;
    this.appointmentId = appointmentId;
    entry.booked();
  }

  /** Ends an open offer without a booking; the patient waits on. */
  public void end(Status why) {
    status = why;
    entry.waitAgain();
  }

  public Long id() {
    return id;
  }

  public WaitlistEntry entry() {
    return entry;
  }

  /** The appointment whose cancellation or no-show freed the place; empty for a day's new room. */
  public Optional<Long> freedAppointmentId() {
    return Optional.ofNullable(freedAppointmentId);
  }

  public TimeInterval window() {
    return new TimeInterval(windowStart, windowEnd);
  }

  public String token() {
    return token;
  }

  public Status status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
