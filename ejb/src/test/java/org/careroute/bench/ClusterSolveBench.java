package org.careroute.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.bench.ClusterBenchPractice.Client;

/**
 * Solves per hour with one node and with two: the days the booking phases filled are optimised,
 * first with node2 stopped (its pid file, then {@code bin/cluster --start-node 2} to bring it
 * back), then through the balancer with every node taking jobs from the shared queue. A solve
 * counts when its day reads SOLVED (or FAILED); which node solved each is printed with it.
 */
final class ClusterSolveBench {

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern NODE = Pattern.compile("\"node\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration PATIENCE = Duration.ofMinutes(20);

  private final ClusterBenchPractice practice;
  private final Path root = Path.of(System.getProperty("careroute.root", "."));
  private final Path clusterDir = root.resolve(".run/cluster");

  ClusterSolveBench(ClusterBenchPractice practice) {
    this.practice = practice;
  }

  /** Prints one line per phase: solves, seconds, solves per hour, the nodes that solved. */
  void run(URI node, URI balancer, List<Client> oneNode, List<Client> everyNode, int solves)
      throws IOException, InterruptedException {
    System.out.println("phase\tsolves\tseconds\tsolves/hour\tsolved on");
    stopNode(2);
    try {
      print("one node " + node + " (node2 stopped)", solve(node, days(oneNode, solves)));
    } finally {
      startNode(2);
    }
    print("every node, through " + balancer, solve(balancer, days(everyNode, solves)));
  }

  private record Result(int solves, double seconds, TreeSet<String> nodes) {}

  private static void print(String phase, Result result) {
    System.out.printf(
        Locale.ROOT,
        "%s\t%d\t%.1f\t%.0f\t%s%n",
        phase,
        result.solves(),
        result.seconds(),
        result.solves() * 3600 / result.seconds(),
        String.join(",", result.nodes()));
  }

  private static List<String> days(List<Client> clients, int solves) {
    List<String> plans = new ArrayList<>();
    for (int d = 2; d < 2 + ClusterBenchPractice.BOOKING_DAYS; d++) {
      for (Client client : clients) {
        plans.add("api/plans/" + client.clinic() + "/" + ClusterBenchPractice.day(d));
      }
    }
    return plans.subList(0, Math.min(solves, plans.size()));
  }

  private Result solve(URI server, List<String> plans) {
    long started = System.nanoTime();
    for (String plan : plans) {
      int status = practice.sendAsAdmin(server, plan + "/solve", "").statusCode();
      if (status != 202) {
        throw new IllegalStateException(plan + "/solve answered " + status);
      }
    }
    Map<String, String> solvedOn = new HashMap<>();
    List<String> open = new ArrayList<>(plans);
    long deadline = started + PATIENCE.toNanos();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      for (String plan : List.copyOf(open)) {
        String body = practice.getAsAdmin(server, plan).body();
        Matcher node = NODE.matcher(body);
        if (node.find()) {
          solvedOn.put(plan, node.group(1));
        }
        Matcher status = STATUS.matcher(body);
        if (status.find() && List.of("SOLVED", "FAILED").contains(status.group(1))) {
          open.remove(plan);
        }
      }
      sleep(Duration.ofMillis(500));
    }
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " solves did not end in " + PATIENCE);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(plans.size(), seconds, new TreeSet<>(solvedOn.values()));
  }

  private void stopNode(int k) throws IOException {
    long pid = Long.parseLong(Files.readString(clusterDir.resolve("node" + k + ".pid")).strip());
    ProcessHandle.of(pid)
        .ifPresent(
            node -> {
              node.destroy();
              node.onExit().join();
            });
  }

  private void startNode(int k) throws IOException, InterruptedException {
    Process start =
        new ProcessBuilder(
                root.resolve("bin/cluster").toString(), "--start-node", Integer.toString(k))
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(clusterDir.resolve("bench.log").toFile()))
            .start();
    if (!start.waitFor(5, TimeUnit.MINUTES) || start.exitValue() != 0) {
      throw new IllegalStateException(
          "node" + k + " did not come back; see .run/cluster/bench.log");
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
