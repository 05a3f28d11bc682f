package org.careroute.planning.clinic.domain;

import java.util.Set;
import org.careroute.domain.model.staff.Certification;

/**
 * A nurse's clinic shift, as the planner sees it: who, with which certifications, in which clinic,
 * when (seconds on the problem's clock), and the break in which a colleague watches the nurse's
 * patients.
 */
public record ClinicShift(
    Long id,
    Long nurseId,
    String nurseName,
    Set<Certification> certifications,
    Long clinicId,
    long start,
    long end,
    Long breakStart,
    long breakSeconds) {

  /**
   * Seconds of {@code [from, to)} outside the shift or inside its break: when this nurse watches
   * nobody.
   */
  public long secondsUnavailable(long from, long to) {
    return Math.min(to - from, secondsOffShift(from, to) + breakSecondsWithin(from, to));
  }

  /** Seconds of {@code [from, to)} before the shift starts or after it ends. */
  public long secondsOffShift(long from, long to) {
    return Math.min(to - from, Math.max(0, start - from) + Math.max(0, to - end));
  }

  /** Seconds of {@code [from, to)} inside the break. */
  public long breakSecondsWithin(long from, long to) {
    return breakStart == null
        ? 0
        : Math.max(0, Math.min(to, breakEnd()) - Math.max(from, breakStart));
  }

  public long breakEnd() {
    return breakStart == null ? start : breakStart + breakSeconds;
  }
}
