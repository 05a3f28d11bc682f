package org.careroute.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;

/**
 * A seeded clinic day with more requests than fit: chairs, nurses on an early and a late shift (one
 * in three ACLS), and session requests in arrival order, each with a two-hour window of acceptable
 * starts (the promise and tolerance of the planning model), 70 minutes to 3 hours long, one in
 * eight ENHANCED.
 */
final class ClinicDayRequests {

  static final long HOUR = 3600;
  static final long GRID = 900;
  static final Long CLINIC = 1L;

  private ClinicDayRequests() {}

  static ClinicDayPlan generate(long seed, int chairs, int nurses, int requests) {
    Random random = new Random(seed);
    List<PlanChair> chairList = new ArrayList<>();
    for (int c = 1; c <= chairs; c++) {
      chairList.add(new PlanChair((long) c, CLINIC, "Chair " + c));
    }
    List<ClinicShift> shifts = new ArrayList<>();
    for (int n = 1; n <= nurses; n++) {
      long start = (n % 2 == 1 ? 8 : 10) * HOUR;
      EnumSet<Certification> certifications =
          n % 3 == 1
              ? EnumSet.of(Certification.IV_THERAPY, Certification.ACLS)
              : EnumSet.of(Certification.IV_THERAPY);
      shifts.add(
          new ClinicShift(
              (long) n,
              (long) n,
              "Nurse " + n,
              certifications,
              CLINIC,
              start,
              start + 8 * HOUR,
              start + 4 * HOUR,
              1800));
    }
    long[] occupancyMinutes = {70, 70, 70, 90, 120, 180};
    List<ClinicSession> sessions = new ArrayList<>();
    for (int r = 0; r < requests; r++) {
      long occupancy = occupancyMinutes[random.nextInt(occupancyMinutes.length)] * 60;
      // The window's middle is the "promise"; starts may lie an hour either side of it.
      long middle = 9 * HOUR + GRID * random.nextInt((int) ((8 * HOUR - occupancy) / GRID));
      ClinicSession session =
          new ClinicSession(
              String.format("request-%03d", r),
              CLINIC,
              middle,
              occupancy,
              random.nextInt(8) == 0,
              EnumSet.of(Certification.IV_THERAPY));
      session.allowStartsWithin(HOUR, GRID);
      sessions.add(session);
    }
    return new ClinicDayPlan("clinic-day-" + seed, chairList, shifts, sessions);
  }
}
