package org.careroute.application.booking;

import java.time.LocalDate;

/**
 * A clinic's days from {@code firstDay} to {@code lastDay} may have room that was not there before
 * (a nurse back from sick, a chair back in use, a shift added or longer, a plan published, a
 * booking moved away); observers hear of it once the transaction committed.
 */
public record RoomGained(long clinicId, LocalDate firstDay, LocalDate lastDay) {

  /**
   * How far ahead a lasting change (a chair back in use) is offered: the waitlist's usual reach.
   */
  public static final int COMING_DAYS = 56;

  public static RoomGained on(long clinicId, LocalDate day) {
    return new RoomGained(clinicId, day, day);
  }

  /** The clinic's coming days, from {@code today}, for a change that lasts. */
  public static RoomGained coming(long clinicId, LocalDate today) {
    return new RoomGained(clinicId, today, today.plusDays(COMING_DAYS - 1));
  }
}
