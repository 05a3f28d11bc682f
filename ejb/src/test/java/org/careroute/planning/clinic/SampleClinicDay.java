package org.careroute.planning.clinic;

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
 * A seeded clinic day: chairs, nurses on two overlapping shifts (some ACLS), and sessions taking 70
 * minutes to 3 hours promised on the half hour, a tenth of them ENHANCED, each allowed to move 15
 * minutes either way on a 5-minute grid.
 */
public final class SampleClinicDay {

  private SampleClinicDay() {}

  public static ClinicDayPlan generate(long seed, int chairs, int nurses, int sessions) {
    Random random = new Random(seed);
    List<PlanChair> chairList = new ArrayList<>();
    for (int c = 1; c <= chairs; c++) {
      chairList.add(new PlanChair((long) c, Sessions.CLINIC, "Chair " + c));
    }
    List<ClinicShift> shifts = new ArrayList<>();
    for (int n = 1; n <= nurses; n++) {
      long start = (n % 2 == 0 ? 8 : 10) * 3600L;
      EnumSet<Certification> certifications =
          n % 3 == 0
              ? EnumSet.of(Certification.IV_THERAPY, Certification.ACLS)
              : EnumSet.of(Certification.IV_THERAPY);
      shifts.add(
          new ClinicShift(
              (long) n,
              (long) n,
              "Nurse " + n,
              certifications,
              Sessions.CLINIC,
              start,
              start + 8 * 3600,
              start + 4 * 3600,
              1800));
    }
    long[] occupancyMinutes = {70, 70, 70, 90, 120, 180};
    List<ClinicSession> sessionList = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      long occupancy = occupancyMinutes[random.nextInt(occupancyMinutes.length)] * 60;
      long latestStart = 18 * 3600 - occupancy - 900;
      long promised =
          8 * 3600
              + 900
              + 1800L * random.nextInt((int) ((latestStart - 8 * 3600 - 900) / 1800) + 1);
      ClinicSession session =
          new ClinicSession(
              "session-" + s,
              Sessions.CLINIC,
              promised,
              occupancy,
              random.nextInt(10) == 0,
              EnumSet.of(Certification.IV_THERAPY));
      session.allowStartsWithin(900, 300);
      sessionList.add(session);
    }
    return new ClinicDayPlan("clinic-day-" + seed, chairList, shifts, sessionList);
  }
}
