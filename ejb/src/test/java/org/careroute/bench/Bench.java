package org.careroute.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * {@code bin/bench clinic}: see {@link ClinicDayComparison}. {@code bin/bench cluster}: see {@link
 * ClusterBench}. {@code bin/bench memory}: see {@link MemoryBench}. {@code bin/bench practice}: see
 * {@link PracticeDayBench}. {@code bin/bench tune}: see {@link SolverTuning}. {@code bin/bench
 * vrptw --seconds N [--threads T] [--best-known TSV] [--customers C] [--variant V] FILE...}: solves
 * each VRPTW file (cut to its first C customers if asked) with the production route solver (or one
 * of {@link RouteConfigs#VARIANTS}) for N seconds and prints one tab-separated line per instance,
 * then the means per instance class and, with best-known results, the gaps.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("clinic")) {
      long seconds = 30;
      int days = 5;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Long.parseLong(args[++i]);
          case "--days" -> days = Integer.parseInt(args[++i]);
          default -> {
            usage();
            return;
          }
        }
      }
      ClinicDayComparison.run(seconds, days);
      return;
    }
    if (args.length > 0 && args[0].equals("cluster")) {
      try {
        ClusterBench.run(ClusterBench.Options.parse(args));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (args.length > 0 && args[0].equals("availability")) {
      int rounds = args.length > 2 && args[1].equals("--rounds") ? Integer.parseInt(args[2]) : 400;
      org.careroute.application.internal.planning.KeptDayBench.run(rounds);
      return;
    }
    if (args.length > 0 && args[0].equals("http")) {
      try {
        HttpBench.run(HttpBench.Options.parse(args));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (args.length > 0 && args[0].equals("memory")) {
      try {
        MemoryBench.run(MemoryBench.Options.parse(args));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (args.length > 0 && args[0].equals("practice")) {
      try {
        PracticeDayBench.run(PracticeDayBench.Options.parse(args));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    if (args.length > 0 && args[0].equals("peers")) {
      PeersBench.run(PeersBench.Options.parse(args));
      return;
    }
    if (args.length > 0 && args[0].equals("bound")) {
      long seconds = 60;
      int workers = 2;
      List<Path> files = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Long.parseLong(args[++i]);
          case "--workers" -> workers = Integer.parseInt(args[++i]);
          default -> files.add(Path.of(args[i]));
        }
      }
      DistanceLowerBound.run(seconds, workers, files);
      return;
    }
    if (args.length > 0 && args[0].equals("generate")) {
      HomeCareDayGenerator.main(args);
      return;
    }
    if (args.length > 0 && args[0].equals("tune")) {
      SolverTuning.run(SolverTuning.Options.parse(args));
      return;
    }
    if (args.length == 0 || !args[0].equals("vrptw")) {
      usage();
      return;
    }
    long seconds = 60;
    String threads = null;
    Map<String, Double> bestKnown = Map.of();
    Integer customers = null;
    Consumer<SolverConfig> variant = RouteConfigs.VARIANTS.get("production");
    Long randomSeed = null;
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> seconds = Long.parseLong(args[++i]);
        case "--threads" -> threads = args[++i];
        case "--best-known" -> bestKnown = readBestKnown(Path.of(args[++i]));
        case "--customers" -> customers = Integer.parseInt(args[++i]);
        case "--variant" -> variant = RouteConfigs.VARIANTS.get(args[++i]);
        case "--random-seed" -> randomSeed = Long.parseLong(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty() || variant == null) {
      usage();
      return;
    }
    if (randomSeed != null) {
      // One solve is one draw of the search's randomness: other seeds show how much it swings.
      Long seed = randomSeed;
      variant = variant.andThen(config -> config.setRandomSeed(seed));
    }
    System.out.println(
        "instance\tvehicles\tdistance\tfeasible\tunassigned\tseconds\tscore calcs/s"
            + (bestKnown.isEmpty() ? "" : "\tgap%"));
    List<VrptwResult> results = new ArrayList<>();
    for (Path file : files) {
      VrptwInstance instance = VrptwInstance.read(file);
      VrptwResult result =
          solve(
              customers == null ? instance : instance.firstCustomers(customers),
              seconds,
              threads,
              variant);
      results.add(result);
      Double best = bestKnown.get(result.instance().toUpperCase(Locale.ROOT));
      System.out.printf(
          Locale.ROOT,
          "%s\t%d\t%.2f\t%s\t%d\t%.1f\t%d%s%n",
          result.instance(),
          result.vehiclesUsed(),
          result.distance(),
          result.feasible(),
          result.unassigned(),
          result.seconds(),
          result.scoreCalculationsPerSecond(),
          best == null ? "" : String.format(Locale.ROOT, "\t%.2f", gapPercent(result, best)));
    }
    printClassMeans(results, bestKnown);
  }

  static VrptwResult solve(
      VrptwInstance instance, long seconds, String threads, Consumer<SolverConfig> variant) {
    ProductionSolve solved = solveWithProduction(instance, seconds, threads, variant);
    return VrptwResult.of(
        instance, solved.plan(), solved.seconds(), solved.scoreCalculationsPerSecond());
  }

  /** The production route solver's plan for the instance, with its time and speed. */
  record ProductionSolve(HomeRoutePlan plan, double seconds, long scoreCalculationsPerSecond) {}

  static ProductionSolve solveWithProduction(
      VrptwInstance instance, long seconds, String threads, Consumer<SolverConfig> variant) {
    SolverConfig config =
        HomeRouteSolverConfig.create(
            Duration.ofSeconds(seconds), null, instance.rows().size() - 1, VrptwInstance.SCALE);
    if (threads != null) {
      HomeRouteSolverConfig.setMoveThreads(config, threads);
    }
    variant.accept(config);
    long started = System.nanoTime();
    Solver<HomeRoutePlan> solver = SolverFactory.<HomeRoutePlan>create(config).buildSolver();
    HomeRoutePlan solved = solver.solve(instance.toPlan());
    double spent = (System.nanoTime() - started) / 1e9;
    // The count is on the solver implementation only; the benchmark may look behind the API.
    long calculations =
        ((DefaultSolver<HomeRoutePlan>) solver).getSolverScope().getScoreCalculationCount();
    return new ProductionSolve(solved, spent, Math.round(calculations / spent));
  }

  private static double gapPercent(VrptwResult result, double best) {
    return 100 * (result.distance() - best) / best;
  }

  private static void printClassMeans(List<VrptwResult> results, Map<String, Double> bestKnown) {
    Map<String, List<VrptwResult>> byClass = new LinkedHashMap<>();
    results.forEach(
        r -> byClass.computeIfAbsent(instanceClass(r.instance()), k -> new ArrayList<>()).add(r));
    System.out.println();
    System.out.println("class\tinstances\tmean vehicles\tmean distance\tfeasible\tmean gap%");
    byClass.forEach((name, members) -> printMean(name, members, bestKnown));
    if (byClass.size() > 1) {
      printMean("all", results, bestKnown);
    }
  }

  private static void printMean(
      String name, List<VrptwResult> members, Map<String, Double> bestKnown) {
    double vehicles = members.stream().mapToInt(VrptwResult::vehiclesUsed).average().orElse(0);
    double distance = members.stream().mapToDouble(VrptwResult::distance).average().orElse(0);
    long feasible = members.stream().filter(VrptwResult::feasible).count();
    List<Double> gaps = new ArrayList<>();
    for (VrptwResult r : members) {
      Double best = bestKnown.get(r.instance().toUpperCase(Locale.ROOT));
      if (best != null) {
        gaps.add(gapPercent(r, best));
      }
    }
    String gap =
        gaps.isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                "%.2f",
                gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    System.out.printf(
        Locale.ROOT,
        "%s\t%d\t%.2f\t%.2f\t%d/%d\t%s%n",
        name,
        members.size(),
        vehicles,
        distance,
        feasible,
        members.size(),
        gap);
  }

  /** C1, R2, RC1 for Solomon's C101, R205, RC108; C1_10 for Homberger's C1_10_4. */
  static String instanceClass(String instance) {
    String upper = instance.toUpperCase(Locale.ROOT);
    int underscore = upper.lastIndexOf('_');
    if (underscore > 0) {
      return upper.substring(0, underscore);
    }
    return upper.replaceAll("^([A-Z]+\\d).*", "$1");
  }

  static Map<String, Double> readBestKnown(Path tsv) throws IOException {
    Map<String, Double> best = new HashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] fields = line.split("\t");
      if (fields.length >= 3 && !fields[0].equals("instance")) {
        best.put(fields[0].toUpperCase(Locale.ROOT), Double.parseDouble(fields[2]));
      }
    }
    return best;
  }

  private static void usage() {
    System.err.println(
        "usage: bin/bench vrptw --seconds N [--threads T] [--best-known TSV] [--customers C]"
            + " [--variant V] [--random-seed S] FILE...");
    System.err.println(
        "       bin/bench peers --seconds N [--peers optaplanner,ortools,jsprit] [--best-known TSV]"
            + " FILE... (our solver beside OR-Tools and jsprit)");
    System.err.println(
        "       bin/bench generate --visits V [--nurses K] --seed S --out FILE (a home-care day)");
    System.err.println(
        "       bin/bench bound [--seconds N] [--workers W] FILE... (a proven lower bound on"
            + " distance, CP-SAT)");
    System.err.println("       bin/bench clinic [--seconds N] [--days D]");
    System.err.println(
        "       bin/bench practice [--seconds 30] [--unimproved 10] [--days N] [--seed S]"
            + " [--one-after-another] (route solver now against before ruin and recreate)");
    System.err.println(
        "       bin/bench cluster [--clients C] [--seconds S] [--node URL] [--balancer URL]"
            + " (against a running bin/cluster)");
    System.err.println(
        "       bin/bench availability [--rounds R] (kept days against rebuilt ones)");
    System.err.println(
        "       bin/bench http [--server URL] [--rounds R] [--clients N] [--seconds S]"
            + " (against a running server with the demo practice)");
    System.err.println(
        "       bin/bench memory [--server URL] [--visits N] [--pid PID] [--seconds S]"
            + " (the server's RSS with an N-visit day solved)");
    System.err.println(
        "       bin/bench tune [--seconds N] [--unimproved S] [--customers C] [--sample-days D]"
            + " [--variants "
            + String.join(",", RouteConfigs.VARIANTS.keySet())
            + "] FILE...");
  }
}
