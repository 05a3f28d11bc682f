package org.careroute.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code bin/bench peers --seconds N [--peers optaplanner,ortools,jsprit] [--best-known TSV]
 * FILE...}: each peer solves each file for N seconds, one after another in this JVM (pin it to one
 * core with {@code taskset -c}), and every answer is judged by {@link RouteReplay}. Prints one line
 * per instance and peer (distance, vehicles, feasible, ratio to the best feasible peer, gap to the
 * best known), then the means per class.
 */
final class PeersBench {

  record Options(
      long seconds, List<String> peers, Map<String, Double> bestKnown, List<Path> files) {
    static Options parse(String[] args) throws IOException {
      long seconds = 30;
      List<String> peers = List.of("optaplanner", "ortools", "jsprit");
      Map<String, Double> bestKnown = Map.of();
      List<Path> files = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--seconds" -> seconds = Long.parseLong(args[++i]);
          case "--peers" -> peers = List.of(args[++i].split(","));
          case "--best-known" -> bestKnown = Bench.readBestKnown(Path.of(args[++i]));
          default -> files.add(Path.of(args[i]));
        }
      }
      return new Options(seconds, peers, bestKnown, files);
    }
  }

  private record Row(
      String instance, String peer, RouteReplay.Replay replay, double ratio, Double gap) {}

  private PeersBench() {}

  static RoutePeer peer(String name) {
    return switch (name) {
      case "optaplanner" -> new ProductionPeer();
      case "ortools" -> new OrToolsPeer();
      case "jsprit" -> new JspritPeer();
      default ->
          throw new IllegalArgumentException(
              "Unknown peer " + name + ": choose from optaplanner, ortools, jsprit.");
    };
  }

  static void run(Options options) throws IOException {
    System.out.println(
        "instance\tpeer\tdistance\tvehicles\tfeasible\tratio to best feasible\tgap% to best known\tnote");
    List<Row> rows = new ArrayList<>();
    for (Path file : options.files()) {
      VrptwInstance instance = VrptwInstance.read(file);
      Map<String, RouteReplay.Replay> replays = new LinkedHashMap<>();
      Map<String, String> notes = new LinkedHashMap<>();
      for (String name : options.peers()) {
        RoutePeer peer = peer(name);
        long started = System.nanoTime();
        replays.put(name, RouteReplay.of(instance, peer.solve(instance, options.seconds())));
        String note = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
        if (peer instanceof ProductionPeer production) {
          note += ", " + production.lastScoreCalculationsPerSecond() + " score calcs/s";
        }
        notes.put(name, note);
      }
      OptionalDouble bestFeasible =
          replays.values().stream()
              .filter(RouteReplay.Replay::feasible)
              .mapToDouble(RouteReplay.Replay::distance)
              .min();
      Double best = options.bestKnown().get(instance.name().toUpperCase(Locale.ROOT));
      replays.forEach(
          (name, replay) -> {
            double ratio =
                bestFeasible.isPresent() && replay.feasible()
                    ? replay.distance() / bestFeasible.getAsDouble()
                    : Double.NaN;
            Double gap =
                best == null || !replay.feasible() ? null : 100 * (replay.distance() - best) / best;
            Row row = new Row(instance.name(), name, replay, ratio, gap);
            rows.add(row);
            System.out.printf(
                Locale.ROOT,
                "%s\t%s\t%.2f\t%d\t%s\t%s\t%s\t%s%n",
                row.instance(),
                name,
                replay.distance(),
                replay.vehiclesUsed(),
                replay.feasible()
                    ? "yes"
                    : "NO (" + replay.violations().size() + ": " + replay.violations().get(0) + ")",
                Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.4f", ratio),
                gap == null ? "-" : String.format(Locale.ROOT, "%.2f", gap),
                notes.get(name));
          });
    }
    printMeans(rows, options.peers());
  }

  private static void printMeans(List<Row> rows, List<String> peers) {
    Map<String, List<Row>> byClass = new LinkedHashMap<>();
    for (Row row : rows) {
      byClass.computeIfAbsent(Bench.instanceClass(row.instance()), k -> new ArrayList<>()).add(row);
    }
    byClass.put("all", rows);
    System.out.println();
    System.out.println(
        "class\tpeer\tinstances\tfeasible\tmean vehicles\tmean distance\tmean ratio (feasible)\tmean gap% (feasible)");
    byClass.forEach(
        (name, members) -> {
          for (String peer : peers) {
            List<Row> mine = members.stream().filter(r -> r.peer().equals(peer)).toList();
            System.out.printf(
                Locale.ROOT,
                "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%s\t%s%n",
                name,
                peer,
                mine.size(),
                mine.stream().filter(r -> r.replay().feasible()).count(),
                mine.stream().mapToInt(r -> r.replay().vehiclesUsed()).average().orElse(0),
                mine.stream().mapToDouble(r -> r.replay().distance()).average().orElse(0),
                format(
                    mine.stream()
                        .filter(r -> !Double.isNaN(r.ratio()))
                        .mapToDouble(Row::ratio)
                        .average(),
                    "%.4f"),
                format(
                    mine.stream().filter(r -> r.gap() != null).mapToDouble(Row::gap).average(),
                    "%.2f"));
          }
        });
  }

  private static String format(OptionalDouble value, String pattern) {
    return value.isPresent() ? String.format(Locale.ROOT, pattern, value.getAsDouble()) : "-";
  }
}
