package org.careroute.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.careroute.planning.clinic.check.ClinicPlanChecker;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.solver.ClinicDaySolverConfig;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bin/bench clinic --seconds N [--days D]}: seeded clinic days, each placed first come first
 * served and by the planner; prints sessions placed and the spread (standard deviation) of the
 * nurses' minutes of care for both, and the planner's gain in sessions placed.
 */
final class ClinicDayComparison {

  static final int CHAIRS = 6;
  static final int NURSES = 4;
  static final int REQUESTS = 45;

  private ClinicDayComparison() {}

  static void run(long seconds, int days) {
    System.out.println(
        "day\trequests\tfcfs placed\tplanner placed\tgain%\tfcfs spread min\tplanner spread min"
            + "\tfeasible");
    long fcfsTotal = 0;
    long plannerTotal = 0;
    for (int day = 1; day <= days; day++) {
      ClinicDayPlan fcfs = ClinicDayRequests.generate(day, CHAIRS, NURSES, REQUESTS);
      FirstComeFirstServed.place(fcfs);
      ClinicDayPlan problem = ClinicDayRequests.generate(day, CHAIRS, NURSES, REQUESTS);
      ClinicDayPlan planned =
          SolverFactory.<ClinicDayPlan>create(
                  ClinicDaySolverConfig.create(Duration.ofSeconds(seconds), null))
              .buildSolver()
              .solve(problem);
      long fcfsPlaced = placed(fcfs);
      long plannerPlaced = placed(planned);
      fcfsTotal += fcfsPlaced;
      plannerTotal += plannerPlaced;
      boolean feasible =
          ClinicPlanChecker.hardViolations(only(fcfs)).isEmpty()
              && ClinicPlanChecker.hardViolations(only(planned)).isEmpty();
      System.out.printf(
          Locale.ROOT,
          "%d\t%d\t%d\t%d\t%.1f\t%.0f\t%.0f\t%s%n",
          day,
          REQUESTS,
          fcfsPlaced,
          plannerPlaced,
          100.0 * (plannerPlaced - fcfsPlaced) / fcfsPlaced,
          spreadMinutes(fcfs),
          spreadMinutes(planned),
          feasible);
    }
    System.out.printf(
        Locale.ROOT,
        "all\t%d\t%d\t%d\t%.1f%n",
        REQUESTS * days,
        fcfsTotal,
        plannerTotal,
        100.0 * (plannerTotal - fcfsTotal) / fcfsTotal);
    System.out.println(
        "(no overtime column: a clinic session must end within its nurse's shift, a hard rule for both)");
  }

  private static long placed(ClinicDayPlan plan) {
    return plan.getSessions().stream()
        .filter(s -> s.getChair() != null && s.getShift() != null)
        .count();
  }

  /** The plan with only its placed sessions, for the checker. */
  private static ClinicDayPlan only(ClinicDayPlan plan) {
    return new ClinicDayPlan(
        plan.getName(),
        plan.getChairs(),
        plan.getShifts(),
        plan.getSessions().stream()
            .filter(s -> s.getChair() != null && s.getShift() != null)
            .toList());
  }

  /** Standard deviation of the nurses' minutes of patient care. */
  private static double spreadMinutes(ClinicDayPlan plan) {
    Map<Long, Long> care =
        plan.getShifts().stream().collect(Collectors.toMap(s -> s.id(), s -> 0L));
    for (ClinicSession s : plan.getSessions()) {
      if (s.getShift() != null && s.getChair() != null) {
        care.merge(s.getShift().id(), s.getOccupancySeconds() / 60, Long::sum);
      }
    }
    double mean = care.values().stream().mapToLong(Long::longValue).average().orElse(0);
    return Math.sqrt(
        care.values().stream().mapToDouble(m -> (m - mean) * (m - mean)).average().orElse(0));
  }
}
