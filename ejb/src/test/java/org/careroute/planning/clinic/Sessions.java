package org.careroute.planning.clinic;

import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;

/** Small clinic plans for constraint tests: clinic 1, times in seconds from midnight. */
public final class Sessions {

  public static final long HOUR = 3600;
  public static final long NINE = 9 * HOUR;
  public static final Long CLINIC = 1L;

  private Sessions() {}

  public static PlanChair chair(long id) {
    return new PlanChair(id, CLINIC, "Chair " + id);
  }

  public static ClinicShift shift(
      long nurseId, Set<Certification> certifications, long start, long end) {
    return new ClinicShift(
        nurseId, nurseId, "Nurse " + nurseId, certifications, CLINIC, start, end, null, 0);
  }

  public static ClinicShift shift(long nurseId) {
    return shift(nurseId, EnumSet.allOf(Certification.class), 8 * HOUR, 17 * HOUR);
  }

  /** A STANDARD session of an hour, placed as given. */
  public static ClinicSession session(String id, long start, PlanChair chair, ClinicShift shift) {
    return placed(
        new ClinicSession(id, CLINIC, start, HOUR, false, EnumSet.noneOf(Certification.class)),
        start,
        chair,
        shift);
  }

  /** A STANDARD session of the given length, placed as given. */
  public static ClinicSession lasting(
      String id, long start, long seconds, PlanChair chair, ClinicShift shift) {
    return placed(
        new ClinicSession(id, CLINIC, start, seconds, false, EnumSet.noneOf(Certification.class)),
        start,
        chair,
        shift);
  }

  /** A nurse on 08:00-17:00 with a half-hour break at noon. */
  public static ClinicShift withNoonBreak(long nurseId) {
    return new ClinicShift(
        nurseId,
        nurseId,
        "Nurse " + nurseId,
        EnumSet.allOf(Certification.class),
        CLINIC,
        8 * HOUR,
        17 * HOUR,
        12 * HOUR,
        1800);
  }

  public static ClinicSession enhanced(String id, long start, PlanChair chair, ClinicShift shift) {
    return placed(
        new ClinicSession(id, CLINIC, start, HOUR, true, EnumSet.noneOf(Certification.class)),
        start,
        chair,
        shift);
  }

  public static ClinicSession placed(
      ClinicSession session, long start, PlanChair chair, ClinicShift shift) {
    session.setStart(start);
    session.setChair(chair);
    session.setShift(shift);
    return session;
  }
}
