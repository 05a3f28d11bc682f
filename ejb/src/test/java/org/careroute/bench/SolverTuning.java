package org.careroute.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careroute.planning.route.SampleRouteDay;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * {@code bin/bench tune [--seconds N] [--unimproved S] [--customers C] [--sample-days D]
 * [--variants a,b,...] FILE...}: OptaPlanner's benchmarker runs the production route configuration
 * and its rivals ({@link RouteConfigs#VARIANTS}) on the given VRPTW files (cut to their first C
 * customers if asked) and on D seeded practice days of 20 to 60 visits, and writes its report
 * (rankings, score over time, per-problem charts) under {@code target/benchmarks}; each variant's
 * best score per problem is printed at the end. With {@code --unimproved} every solve also ends
 * after S seconds without a better score, as the server's do.
 */
final class SolverTuning {

  private static final Pattern NAME = Pattern.compile("^\\s*<name>([^<]+)</name>");
  private static final Pattern SCORE = Pattern.compile("<score class=\"[^\"]+\">([^<]+)</score>");
  private static final List<String> DEFAULT_VARIANTS =
      List.of("production", "late-acceptance-100", "late-acceptance-400", "no-k-opt");

  record Options(
      long seconds,
      Long unimprovedSeconds,
      Integer customers,
      int sampleDays,
      List<String> variants,
      List<Path> files) {

    static Options parse(String[] args) {
      long seconds = 20;
      Long unimproved = null;
      Integer customers = null;
      int sampleDays = 0;
      List<String> variants = DEFAULT_VARIANTS;
      List<Path> files = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Long.parseLong(args[++i]);
          case "--unimproved" -> unimproved = Long.parseLong(args[++i]);
          case "--customers" -> customers = Integer.parseInt(args[++i]);
          case "--sample-days" -> sampleDays = Integer.parseInt(args[++i]);
          case "--variants" -> variants = List.of(args[++i].split(","));
          default -> files.add(Path.of(args[i]));
        }
      }
      for (String variant : variants) {
        if (!RouteConfigs.VARIANTS.containsKey(variant)) {
          throw new IllegalArgumentException(
              "No variant " + variant + "; there are " + RouteConfigs.VARIANTS.keySet());
        }
      }
      return new Options(seconds, unimproved, customers, sampleDays, variants, files);
    }
  }

  private SolverTuning() {}

  static void run(Options options) throws IOException {
    List<HomeRoutePlan> problems = new ArrayList<>();
    for (Path file : options.files()) {
      VrptwInstance instance = VrptwInstance.read(file);
      problems.add(
          (options.customers() == null ? instance : instance.firstCustomers(options.customers()))
              .toPlan());
    }
    for (int day = 1; day <= options.sampleDays(); day++) {
      problems.add(sampleDay(day));
    }
    PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
    config.setBenchmarkDirectory(new File("target/benchmarks"));
    // One at a time: the machine's cores would otherwise be shared between the runs being compared.
    config.setParallelBenchmarkCount("1");
    List<SolverBenchmarkConfig> solvers = new ArrayList<>();
    // The benchmarker gives every problem the same configuration: the production one is the one for
    // the largest.
    int visits = problems.stream().mapToInt(p -> p.getVisits().size()).max().orElse(0);
    // Likewise one temperature: the files' (a unit scaled by 1000) if any, else the sample days'
    // (a second is a point), so files and sample days are best tuned in separate runs.
    long scorePerMinute =
        options.files().isEmpty()
            ? HomeRouteSolverConfig.SERVER_SCORE_PER_MINUTE
            : VrptwInstance.SCALE;
    for (String variant : options.variants()) {
      solvers.add(
          variant(variant, options, visits, scorePerMinute, RouteConfigs.VARIANTS.get(variant)));
    }
    config.setSolverBenchmarkConfigList(solvers);
    PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    Path run = newestRun(Path.of("target/benchmarks"));
    printScores(run.resolve("plannerBenchmarkResult.xml"), problems);
    System.out.println("Benchmark report: " + run.resolve("index.html").toAbsolutePath());
  }

  /** A day of a practice: 4 to 12 field nurses, five visits each, seeded by the day's number. */
  private static HomeRoutePlan sampleDay(int day) {
    int nurses = 4 + (day * 5) % 9;
    return SampleRouteDay.generate(1000 + day, nurses, 5 * nurses);
  }

  private static Path newestRun(Path benchmarks) throws IOException {
    try (Stream<Path> runs = Files.list(benchmarks)) {
      return runs.filter(Files::isDirectory).max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /**
   * One line per configuration: its best score on each problem, in the order given, from the
   * benchmarker's result.
   */
  private static void printScores(Path result, List<HomeRoutePlan> problems) throws IOException {
    String xml = Files.readString(result);
    System.out.println(
        "configuration\t"
            + String.join("\t", problems.stream().map(HomeRoutePlan::getName).toList()));
    for (String solver : xml.split("<solverBenchmarkResult>")) {
      Matcher name = NAME.matcher(solver);
      if (!name.find()) {
        continue;
      }
      List<String> scores = new ArrayList<>();
      for (Matcher score = SCORE.matcher(solver); score.find(); ) {
        scores.add(score.group(1));
      }
      System.out.println(name.group(1) + "\t" + String.join("\t", scores));
    }
  }

  private static SolverBenchmarkConfig variant(
      String name,
      Options options,
      int visits,
      long scorePerMinute,
      Consumer<SolverConfig> change) {
    Duration unimproved =
        options.unimprovedSeconds() == null
            ? null
            : Duration.ofSeconds(options.unimprovedSeconds());
    SolverConfig solver =
        HomeRouteSolverConfig.create(
            Duration.ofSeconds(options.seconds()), unimproved, visits, scorePerMinute);
    change.accept(solver);
    return new SolverBenchmarkConfig().withName(name).withSolverConfig(solver);
  }
}
