package org.careroute.domain.model.clinic;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Locks on a clinic's days, held until the transaction ends: every change that uses or frees a
 * day's capacity (its chairs, nurses and ratio places, clinic sessions and home visits alike) takes
 * the lock of each day it touches first, so that two changes competing for one day's capacity are
 * serialised while changes on the clinic's other days go on at the same time.
 */
public interface ClinicDayLocks {

  /**
   * Locks the clinic's days, waiting for any transaction holding one of them. Days are taken in
   * ascending order whatever order they are given in, so that two changes spanning the same days
   * never wait for each other in a circle.
   */
  void lock(long clinicId, Collection<LocalDate> days);
}
