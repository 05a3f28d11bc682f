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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.solver.HomeRouteSolverConfig;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * {@code bin/bench tune --seconds N FILE...}: OptaPlanner's benchmarker runs the production route
 * configuration and its rivals on the given VRPTW files and writes its report (rankings, score over
 * time, per-problem charts) under {@code target/benchmarks}; the path is printed at the end.
 */
final class SolverTuning {

  private static final Pattern NAME = Pattern.compile("^\\s*<name>([^<]+)</name>");
  private static final Pattern SCORE = Pattern.compile("<score class=\"[^\"]+\">([^<]+)</score>");

  private SolverTuning() {}

  static void run(long seconds, List<Path> files) throws IOException {
    List<HomeRoutePlan> problems = new ArrayList<>();
    for (Path file : files) {
      problems.add(VrptwInstance.read(file).toPlan());
    }
    PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
    config.setBenchmarkDirectory(new File("target/benchmarks"));
    // One at a time: the machine's cores would otherwise be shared between the runs being compared.
    config.setParallelBenchmarkCount("1");
    config.setSolverBenchmarkConfigList(List.of(
        variant("Tuned - nearby moves and k-opt with late acceptance 100", seconds, c -> { }),
        variant("Late acceptance 400", seconds, lateAcceptance(400)),
        variant("Late acceptance 30", seconds, lateAcceptance(30)),
        variant("Without k-opt", seconds, RouteConfigs::dropKOpt)));
    PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    Path run = newestRun(Path.of("target/benchmarks"));
    printScores(run.resolve("plannerBenchmarkResult.xml"), files);
    System.out.println("Benchmark report: " + run.resolve("index.html").toAbsolutePath());
  }

  private static Path newestRun(Path benchmarks) throws IOException {
    try (Stream<Path> runs = Files.list(benchmarks)) {
      return runs.filter(Files::isDirectory).max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /** One line per configuration: its best score on each file, in the order given, from the benchmarker's result. */
  private static void printScores(Path result, List<Path> files) throws IOException {
    String xml = Files.readString(result);
    System.out.println("configuration\t" + files.stream().map(f -> f.getFileName().toString())
        .collect(Collectors.joining("\t")));
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

  private static Consumer<SolverConfig> lateAcceptance(int size) {
    return config -> RouteConfigs.localSearch(config).getAcceptorConfig().setLateAcceptanceSize(size);
  }

  private static SolverBenchmarkConfig variant(String name, long seconds, Consumer<SolverConfig> change) {
    SolverConfig solver = HomeRouteSolverConfig.create(Duration.ofSeconds(seconds), null);
    change.accept(solver);
    return new SolverBenchmarkConfig().withName(name).withSolverConfig(solver);
  }

}
