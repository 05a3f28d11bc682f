package org.careroute.it.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The cluster that bin/cluster started, as the tests find it: the balancer, the nodes (node K at
 * port 8080 + 100 K, its health at 9990 + 100 K) and the directory of their pid files. The cluster
 * profile of ear/pom.xml passes these as system properties.
 */
final class ClusterUnderTest {

  static final URI BALANCER =
      URI.create(System.getProperty("careroute.cluster.balancer", "http://localhost:8080/"));
  static final int NODES = Integer.getInteger("careroute.cluster.nodes", 2);
  static final Path DIR = Path.of(System.getProperty("careroute.cluster.dir", "../.run/cluster"));
  static final Path COMMAND =
      Path.of(System.getProperty("careroute.cluster.command", "../bin/cluster"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ClusterUnderTest() {}

  static URI node(int k) {
    return URI.create("http://localhost:" + (8080 + 100 * k) + "/");
  }

  static URL url(URI uri) {
    try {
      return uri.toURL();
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static boolean ready(int k) {
    try {
      HttpResponse<Void> health =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + (9990 + 100 * k) + "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return health.statusCode() == 200;
    } catch (IOException notUp) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Waits until every node is ready, so that a test finds the cluster whole whatever ran before.
   */
  static void awaitEveryNode(Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    for (int k = 1; k <= NODES; k++) {
      while (!ready(k)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "node" + k + " is not ready: start the cluster with bin/cluster first (README.md)");
        }
        sleep(Duration.ofMillis(500));
      }
    }
  }

  /** The pid of node K's server JVM, from the pid file bin/cluster wrote. */
  static long pid(int k) throws IOException {
    return Long.parseLong(Files.readString(DIR.resolve("node" + k + ".pid")).strip());
  }

  /** Kills node K as a crash would: no shutdown, no goodbye. */
  static void killHard(int k) throws IOException, InterruptedException {
    long pid = pid(k);
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + pid + " failed");
    }
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  /** Starts node K again through bin/cluster, which returns once the node is ready. */
  static void restart(int k) throws IOException, InterruptedException {
    File log = DIR.resolve("restart-node" + k + ".log").toFile();
    Process start =
        new ProcessBuilder(COMMAND.toString(), "--start-node", Integer.toString(k))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
            .start();
    if (!start.waitFor(5, TimeUnit.MINUTES) || start.exitValue() != 0) {
      throw new IllegalStateException("node" + k + " did not come back; see " + log);
    }
  }

  /**
   * The data line of the first {@code plan} event of a server-sent event stream; empty at its end.
   */
  static String firstPlanEvent(Stream<String> lines) {
    boolean plan = false;
    Iterator<String> it = lines.iterator();
    while (it.hasNext()) {
      String line = it.next();
      if (line.startsWith("event:")) {
        plan = line.substring("event:".length()).trim().equals("plan");
      } else if (plan && line.startsWith("data:")) {
        return line;
      }
    }
    return "";
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
