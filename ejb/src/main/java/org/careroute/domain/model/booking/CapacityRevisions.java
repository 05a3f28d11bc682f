package org.careroute.domain.model.booking;

/**
 * Each clinic's capacity revision, kept in the database so that every node sees it: a number that
 * grows with every transaction that changes an appointment of the clinic.
 */
public interface CapacityRevisions {

  /** Counts a change of the clinic's appointments, within the transaction making it. */
  void bump(long clinicId);

  /** The clinic's revision as committed; 0 before its first change. */
  long of(long clinicId);
}
