package org.careroute.domain.model.booking;

import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.shared.TimeInterval;

/**
 * A colleague who watches a clinic patient while the responsible nurse is on a break: a four-hour
 * infusion with its observation outlasts any half of a shift, so someone must take over.
 */
public record BreakCover(Nurse nurse, TimeInterval during) {}
