package org.careroute.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careroute.planning.route.check.RoutePlanChecker;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * {@code bin/bench practice [--seconds 30] [--unimproved 10] [--days N] [--seed S]
 * [--one-after-another]}: issue 13's check that the route solver with ruin and recreate ("now")
 * never places fewer visits on a practice day than it did before ("before": the same configuration
 * without the ruin-and-recreate entry, {@link RouteConfigs#dropRuinAndRecreate}). Each of {@link
 * PracticeDays}' days is solved from the same instance by both, with the solver configuration built
 * as the server builds it for a day (one solver thread each), and both answers are judged by the
 * plan checker. By default the two solves of a day run side by side, so that whatever else loads
 * the machine loads both alike.
 */
final class PracticeDayBench {

  record Options(
      long seconds, long unimprovedSeconds, int days, long seed, boolean oneAfterAnother) {

    static Options parse(String[] args) {
      long seconds = 30;
      long unimproved = 10;
      int days = 8;
      long seed = 1;
      boolean oneAfterAnother = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Long.parseLong(args[++i]);
          case "--unimproved" -> unimproved = Long.parseLong(args[++i]);
          case "--days" -> days = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--one-after-another" -> oneAfterAnother = true;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      if (days < 1) {
        throw new IllegalArgumentException("Give --days 1 or more.");
      }
      return new Options(seconds, unimproved, days, seed, oneAfterAnother);
    }
  }

  /**
   * One configuration's answer to one day. Placed are the visits on nurses' routes that the plan
   * checker passes; a route that breaks a hard rule is no route a nurse can drive, so none of its
   * visits count ({@code rejected}). {@code violations} are the checker's for the whole plan.
   */
  record Outcome(
      int placed,
      int rejected,
      List<String> violations,
      HardMediumSoftLongScore score,
      double distance,
      double seconds) {

    static Outcome of(VrptwInstance instance, HomeRoutePlan solved, double seconds) {
      Set<String> placed = new HashSet<>();
      int onNurses = 0;
      for (NurseRoute route : solved.getRoutes()) {
        if (!route.isStaffed()) {
          continue;
        }
        onNurses += route.getVisits().size();
        HomeRoutePlan alone =
            new HomeRoutePlan(solved.getName(), List.of(route), route.getVisits());
        if (RoutePlanChecker.hardViolations(alone).isEmpty()) {
          route.getVisits().forEach(visit -> placed.add(visit.getId()));
        }
      }
      return new Outcome(
          placed.size(),
          onNurses - placed.size(),
          RoutePlanChecker.hardViolations(solved),
          solved.getScore(),
          RouteReplay.of(instance, ProductionPeer.routesOf(solved)).distance(),
          seconds);
    }
  }

  private PracticeDayBench() {}

  static void run(Options options) throws InterruptedException {
    SolverFactory<HomeRoutePlan> nowSolvers = SolverFactory.create(serverConfig(options));
    SolverConfig before = serverConfig(options);
    RouteConfigs.dropRuinAndRecreate(before);
    SolverFactory<HomeRoutePlan> beforeSolvers = SolverFactory.create(before);
    printHeader(options);
    List<String> fewer = new ArrayList<>();
    int placedNow = 0;
    int placedBefore = 0;
    ExecutorService runs = Executors.newFixedThreadPool(options.oneAfterAnother() ? 1 : 2);
    try {
      for (PracticeDays.PracticeDay day : PracticeDays.generate(options.days(), options.seed())) {
        Future<Outcome> nowRun = runs.submit(() -> solve(nowSolvers, day.instance()));
        Future<Outcome> beforeRun = runs.submit(() -> solve(beforeSolvers, day.instance()));
        Outcome nowOutcome = nowRun.get();
        Outcome beforeOutcome = beforeRun.get();
        printDay(day, nowOutcome, beforeOutcome);
        placedNow += nowOutcome.placed();
        placedBefore += beforeOutcome.placed();
        if (nowOutcome.placed() < beforeOutcome.placed()) {
          fewer.add(
              String.format(
                  Locale.ROOT,
                  "day %d (%d against %d)",
                  day.number(),
                  nowOutcome.placed(),
                  beforeOutcome.placed()));
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("A solve failed", e.getCause());
    } finally {
      runs.shutdownNow();
    }
    System.out.println(
        fewer.isEmpty()
            ? String.format(
                Locale.ROOT,
                "now never placed fewer visits than before: %d days, %d placed now, %d before",
                options.days(),
                placedNow,
                placedBefore)
            : String.format(
                Locale.ROOT,
                "now placed fewer visits than before on %d of %d days: %s",
                fewer.size(),
                options.days(),
                String.join(", ", fewer)));
  }

  /**
   * The server's configuration for days of up to {@link HomeRouteSolverConfig#SMALL_PROBLEM_VISITS}
   * visits, which every practice day is ({@code OptaPlannerDayOptimizer}'s small routes), with its
   * temperature in the generated days' units (a minute of travel scaled by {@link
   * VrptwInstance#SCALE}).
   */
  static SolverConfig serverConfig(Options options) {
    return HomeRouteSolverConfig.create(
        Duration.ofSeconds(options.seconds()),
        Duration.ofSeconds(options.unimprovedSeconds()),
        HomeRouteSolverConfig.SMALL_PROBLEM_VISITS,
        VrptwInstance.SCALE);
  }

  private static Outcome solve(SolverFactory<HomeRoutePlan> solvers, VrptwInstance instance) {
    // A plan of its own for each solve: the solver works on the objects it is given.
    HomeRoutePlan problem = instance.toPlan();
    long started = System.nanoTime();
    HomeRoutePlan solved = solvers.buildSolver().solve(problem);
    return Outcome.of(instance, solved, (System.nanoTime() - started) / 1e9);
  }

  private static void printHeader(Options options) {
    System.out.printf(
        Locale.ROOT,
        "%d practice days from seed %d, each solved %d s with %d s unimproved on one solver thread"
            + " per run, %s%n",
        options.days(),
        options.seed(),
        options.seconds(),
        options.unimprovedSeconds(),
        options.oneAfterAnother()
            ? "now and then before, one after another"
            : "now and before side by side (2 threads, one per configuration)");
    System.out.println(
        "now: homeRouteSolverConfig.xml as the server builds it; before: the same without ruin and"
            + " recreate");
    System.out.println(
        "placed: visits on nurses' routes the plan checker passes; nurse time/need: the nurses'"
            + " minutes over the least the visits need (under 1: not every visit can be placed);"
            + " distance in minutes of travel");
    System.out.println(
        "day\tinstance\tvisits\tnurses\tnurse time/need\tplaced now\tplaced before\tscore now"
            + "\tscore before\tdistance now\tdistance before\ts now\ts before");
  }

  private static void printDay(PracticeDays.PracticeDay day, Outcome now, Outcome before) {
    VrptwInstance instance = day.instance();
    System.out.printf(
        Locale.ROOT,
        "%d\t%s\t%d\t%d\t%.2f\t%d\t%d\t%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f%n",
        day.number(),
        instance.name(),
        day.visits(),
        instance.vehicles(),
        PracticeDays.nurseMinutes(instance) / PracticeDays.leastNurseMinutes(instance),
        now.placed(),
        before.placed(),
        now.score(),
        before.score(),
        now.distance(),
        before.distance(),
        now.seconds(),
        before.seconds());
    printViolations(day, "now", now);
    printViolations(day, "before", before);
  }

  private static void printViolations(PracticeDays.PracticeDay day, String run, Outcome outcome) {
    if (!outcome.violations().isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "  day %d %s: %d visits on routes the checker rejects, not counted; %d violations, first:"
              + " %s%n",
          day.number(),
          run,
          outcome.rejected(),
          outcome.violations().size(),
          outcome.violations().get(0));
    }
  }
}
