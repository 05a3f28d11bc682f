package org.careroute.application.internal.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.infrastructure.planning.WorkingDays;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.solver.ClinicDaySolverConfig;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code bin/bench availability [--rounds R]}: one seeded clinic day's candidate windows judged in
 * this JVM, without HTTP or database, R times each way, printed side by side: rebuilding the day
 * with each candidate and scoring it from scratch (availability before issue 12), and keeping the
 * day once and inserting and undoing each candidate in its working plan; the first half of the
 * rounds warm the JIT and are not counted.
 */
public final class KeptDayBench {

  private static final Duration TOLERANCE = Duration.ofMinutes(15);
  private static final PlanningGoals GOALS = new PlanningGoals();
  private static final Instant NOW = BookedDay.at(0, 0).minus(Duration.ofHours(6));

  private KeptDayBench() {}

  public static void run(int rounds) {
    SolverFactory<HomeRoutePlan> routes =
        SolverFactory.create(
            HomeRouteSolverConfig.create(
                Duration.ofSeconds(1), null, HomeRouteSolverConfig.SMALL_PROBLEM_VISITS));
    SolverFactory<ClinicDayPlan> sessions =
        SolverFactory.create(ClinicDaySolverConfig.create(Duration.ofSeconds(1), null));
    WorkingDays workingDays = new WorkingDays(routes, sessions);
    SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> routeScores =
        SolutionManager.create(routes);
    SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> sessionScores =
        SolutionManager.create(sessions);
    SeededDay seeded = new SeededDay(3);
    seeded.book(30);
    System.out.printf(
        "one seeded day, %d bookings; ms per day of candidates (median of the last %d rounds)%n",
        seeded.day.booked.size(), rounds / 2);
    System.out.println("setting\tcandidates\trebuilt\tkept (keeping included)\tratio");
    for (CareSetting setting : List.of(CareSetting.CLINIC, CareSetting.HOME)) {
      BookingRequest template = seeded.request(seeded.infusion, setting, MonitoringLevel.STANDARD);
      List<TimeInterval> windows =
          setting == CareSetting.CLINIC
              ? CandidateWindows.clinicStarts(
                  seeded.day.clinic, BookedDay.DAY, template.treatment().occupancy(), NOW)
              : CandidateWindows.homeArrivals(seeded.day.clinic, BookedDay.DAY, NOW);
      List<BookingRequest> requests = windows.stream().map(template::withWindow).toList();
      List<Placement> placements =
          requests.stream().map(r -> seeded.placement(r).orElse(null)).toList();
      double[] rebuilt = new double[rounds];
      double[] kept = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        long started = System.nanoTime();
        DayFacts facts = seeded.day.facts();
        HardMediumSoftLongScore asPlanned =
            fromScratch(
                assembler().assemble(facts, List.of(), NOW, GOALS), routeScores, sessionScores);
        for (int i = 0; i < requests.size(); i++) {
          if (placements.get(i) != null) {
            Appointment candidate = new Appointment(requests.get(i), placements.get(i), true, NOW);
            DayProblem with = assembler().assemble(facts, List.of(candidate), NOW, GOALS);
            KeptDay.costOf(asPlanned, fromScratch(with, routeScores, sessionScores));
          }
        }
        rebuilt[round] = (System.nanoTime() - started) / 1e6;
        started = System.nanoTime();
        KeptDay day = new KeptDay(facts, GOALS, KeptDayBench::assembler, NOW, workingDays::keep);
        for (int i = 0; i < requests.size(); i++) {
          if (placements.get(i) != null) {
            day.cost(requests.get(i), placements.get(i), NOW);
          }
        }
        kept[round] = (System.nanoTime() - started) / 1e6;
      }
      double rebuiltMs = medianOfLastHalf(rebuilt);
      double keptMs = medianOfLastHalf(kept);
      System.out.printf(
          Locale.ROOT,
          "%s\t%d\t%.2f\t%.2f\t%.1fx%n",
          setting,
          placements.stream().filter(p -> p != null).count(),
          rebuiltMs,
          keptMs,
          rebuiltMs / keptMs);
    }
  }

  private static HardMediumSoftLongScore fromScratch(
      DayProblem day,
      SolutionManager<HomeRoutePlan, HardMediumSoftLongScore> routeScores,
      SolutionManager<ClinicDayPlan, HardMediumSoftLongScore> sessionScores) {
    HardMediumSoftLongScore routes =
        day.routes().getVisits().isEmpty()
            ? HardMediumSoftLongScore.ZERO
            : routeScores.update(day.routes());
    return routes.add(sessionScores.update(day.sessions()));
  }

  private static double medianOfLastHalf(double[] millis) {
    double[] counted = Arrays.copyOfRange(millis, millis.length / 2, millis.length);
    Arrays.sort(counted);
    return counted[counted.length / 2];
  }

  private static DayProblemAssembler assembler() {
    return new DayProblemAssembler(SeededDay.TRAVEL, TOLERANCE);
  }
}
