package org.careroute.domain.model.booking;

import java.time.LocalDate;
import java.util.Map;

/**
 * Each clinic day's capacity revision, kept in the database so that every node sees it: a number
 * that grows with every transaction that changes an appointment of the day.
 */
public interface CapacityRevisions {

  /** Counts a change of the day's appointments, within the transaction making it. */
  void bump(long clinicId, LocalDate day);

  /**
   * The revisions of the clinic's days in the range as committed; a day never changed is absent.
   */
  Map<LocalDate, Long> of(long clinicId, LocalDate firstDay, LocalDate lastDay);
}
