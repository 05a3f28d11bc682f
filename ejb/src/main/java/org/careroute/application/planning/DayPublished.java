package org.careroute.application.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A day's plan was published; observers inside the transaction write what it sets in motion.
 *
 * @param waitingFits the places the optimizer found for waiting patients (back-fill), which are
 *     offered to them, never booked by publishing
 */
public record DayPublished(long clinicId, LocalDate day, List<WaitingFit> waitingFits) {

  /**
   * A place the optimizer found for a waiting patient: the entry, and when the session starts or
   * the nurse arrives at the patient's home.
   */
  public record WaitingFit(long waitlistEntryId, Instant start) {}

  public DayPublished {
    waitingFits = List.copyOf(waitingFits);
  }

  public DayPublished(long clinicId, LocalDate day) {
    this(clinicId, day, List.of());
  }
}
