package org.careroute.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The claim on a row of work that any node may take in turn (a message to send, a freed place to
 * offer): who holds it and until when, how often it was claimed, and when it is next due. A claim
 * whose lease runs out may be taken by another holder; a failed attempt gives the row back to wait
 * as {@link Backoff} says. Claims and releases are conditional statements of the repositories, so
 * that two holders never both think they hold a row; this value is how the rows read.
 */
@Embeddable
public class WorkLease {

  /** Tables name the holder's column after what holds their rows; this is the usual name. */
  @Column(name = "claimed_by")
  private String holder;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  protected WorkLease() {}

  /** Work not claimed yet, due at {@code due}. */
  public static WorkLease dueAt(Instant due) {
    WorkLease lease = new WorkLease();
    lease.nextAttemptAt = due;
    return lease;
  }

  /** Ends the claim, if any: the row is next due at {@code due}. */
  public void release(Instant due) {
    holder = null;
    leaseUntil = null;
    nextAttemptAt = due;
  }

  /** Who holds the claim; empty while nobody does. */
  public Optional<String> holder() {
    return Optional.ofNullable(holder);
  }

  /** How many times the row was claimed. */
  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  /**
   * How long work waits after a failed attempt: {@code first} after the first failure, twice as
   * long after each further one, never longer than {@code longest}. The doublings stop at 20 so
   * that a row failing for days cannot overflow the wait.
   */
  public record Backoff(Duration first, Duration longest) {

    private static final int MOST_DOUBLINGS = 20;

    /** The wait after the {@code attempts}-th claim failed. */
    public Duration after(int attempts) {
      int doublings = Math.min(Math.max(attempts - 1, 0), MOST_DOUBLINGS);
      Duration doubled = first.multipliedBy(1L << doublings);
      return doubled.compareTo(longest) < 0 ? doubled : longest;
    }
  }
}
