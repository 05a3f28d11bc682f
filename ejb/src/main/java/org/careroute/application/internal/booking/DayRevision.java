package org.careroute.application.internal.booking;

import java.util.List;
import org.careroute.domain.model.staff.ShiftStamp;

/**
 * What a clinic's days were read at, as far as a kept day can tell from a few cheap reads: the
 * clinic's capacity revision (every appointment change bumps it), its shifts' stamp, the version of
 * the practice's planning goals and the clinic's active chairs. A kept day read at another revision
 * is read again.
 */
record DayRevision(long capacity, ShiftStamp shifts, long goalsVersion, List<Long> chairIds) {}
