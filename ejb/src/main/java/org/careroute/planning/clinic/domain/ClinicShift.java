package org.careroute.planning.clinic.domain;

import java.util.Set;
import org.careroute.domain.model.staff.Certification;

/**
 * A nurse's clinic shift, as the planner sees it: who, with which certifications, in which clinic,
 * when (seconds on the problem's clock), and the break in which the nurse watches nobody.
 */
public record ClinicShift(Long id, Long nurseId, String nurseName, Set<Certification> certifications,
    Long clinicId, long start, long end, Long breakStart, long breakSeconds) {

  /** Seconds of {@code [from, to)} outside the shift or inside its break. */
  public long secondsUnavailable(long from, long to) {
    long outside = Math.max(0, start - from) + Math.max(0, to - end);
    long inBreak = breakStart == null ? 0 : Math.max(0, Math.min(to, breakStart + breakSeconds) - Math.max(from, breakStart));
    return Math.min(to - from, outside + inBreak);
  }
}
