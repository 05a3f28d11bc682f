package org.careroute.application.internal.booking;

import java.util.List;
import org.careroute.domain.model.staff.ShiftStamp;

/**
 * What a clinic day was read at, as far as a kept day can tell from a few cheap reads: the day's
 * capacity revision (every appointment change of the day bumps it, and no other day's) and what the
 * clinic's days share. A kept day read at another revision is read again.
 */
record DayRevision(long capacity, ClinicStamp clinic) {

  /**
   * The clinic's shifts' stamp, the version of the practice's planning goals, its active chairs.
   */
  record ClinicStamp(ShiftStamp shifts, long goalsVersion, List<Long> chairIds) {}
}
