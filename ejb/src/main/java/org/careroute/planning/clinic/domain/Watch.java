package org.careroute.planning.clinic.domain;

/**
 * A stretch {@code [from, to)} in which one nurse watches one session's patient: the responsible
 * nurse, or during that nurse's break the colleague covering. The nurse:patient ratio is a rule on
 * watches, not on sessions.
 */
public record Watch(ClinicSession session, ClinicShift nurse, long from, long to) {

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
