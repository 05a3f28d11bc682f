package org.careroute.planning.clinic.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch {@code [from, to)} in which one nurse watches one session's patient: the responsible
 * nurse, or during that nurse's break the colleague covering. The nurse:patient ratio is a rule on
 * watches, not on sessions.
 */
public record Watch(ClinicSession session, ClinicShift nurse, long from, long to) {

  /** The colleague's watch during the responsible nurse's break; null where nobody covers. */
  static Watch coverOf(ClinicSession session) {
    ClinicShift colleague = session.effectiveCover();
    ClinicShift shift = session.getShift();
    return colleague == null
        ? null
        : new Watch(
            session,
            colleague,
            Math.max(session.getStart(), shift.breakStart()),
            Math.min(session.end(), shift.breakEnd()));
  }

  /** Every watch of the session, in time order; none while it has no nurse or no start. */
  static List<Watch> allOf(ClinicSession session) {
    ClinicShift shift = session.getShift();
    Long start = session.getStart();
    if (shift == null || start == null) {
      return List.of();
    }
    long end = session.end();
    if (session.breakOverlapSeconds() == 0) {
      return List.of(new Watch(session, shift, start, end));
    }
    long breakFrom = Math.max(start, shift.breakStart());
    long breakTo = Math.min(end, shift.breakEnd());
    List<Watch> watches = new ArrayList<>(3);
    if (start < breakFrom) {
      watches.add(new Watch(session, shift, start, breakFrom));
    }
    Watch covered = coverOf(session);
    if (covered != null) {
      watches.add(covered);
    }
    if (breakTo < end) {
      watches.add(new Watch(session, shift, breakTo, end));
    }
    return watches;
  }

  public boolean runsAt(long moment) {
    return from <= moment && moment < to;
  }

  public long overlapSeconds(Watch other) {
    return Math.max(0, Math.min(to, other.to) - Math.max(from, other.from));
  }

  public boolean isEnhanced() {
    return session.isEnhanced();
  }

  @Override
  public String toString() {
    return session.getId() + " watched by " + nurse.nurseName() + " " + from + "-" + to;
  }
}
