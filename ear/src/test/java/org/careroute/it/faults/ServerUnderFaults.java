package org.careroute.it.faults;

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
import java.util.concurrent.TimeUnit;
import org.careroute.it.Api;

/**
 * The server and the private MariaDB that bin/faults started, as the fault tests find them; the
 * faults profile of ear/pom.xml passes where they are. The tests stop and start the database and
 * kill and start the server through bin/faults.
 */
final class ServerUnderFaults {

  static final URI BASE =
      URI.create(System.getProperty("careroute.faults.base", "http://127.0.0.1:8580/"));
  static final URI HEALTH =
      URI.create(
          System.getProperty("careroute.faults.health", "http://127.0.0.1:10490/health/ready"));
  static final Path DIR = Path.of(System.getProperty("careroute.faults.dir", "../.run/faults"));
  static final Path COMMAND =
      Path.of(System.getProperty("careroute.faults.command", "../bin/faults"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServerUnderFaults() {}

  static Api api() {
    try {
      URL base = BASE.toURL();
      return new Api(base);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static boolean ready() {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(HEALTH).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notUp) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until the server reports ready, so that a test finds it whole whatever ran before. */
  static void awaitReady(Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    while (!ready()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the server is not ready within " + patience + ": start it with bin/faults first");
      }
      sleep(Duration.ofMillis(200));
    }
  }

  /** The pid of the server's JVM: the same before and after a fault means it was not restarted. */
  static long serverPid() throws IOException {
    return Long.parseLong(Files.readString(DIR.resolve("server.pid")).strip());
  }

  /** What the server has written to its log files and its console so far, in bytes. */
  static long loggedBytes() throws IOException {
    long bytes = Files.size(DIR.resolve("console.log"));
    try (var logs = Files.list(DIR.resolve("server/standalone/log"))) {
      for (Path log : logs.toList()) {
        bytes += Files.size(log);
      }
    }
    return bytes;
  }

  static void stopDatabase() {
    run("--db-stop");
  }

  static void startDatabase() {
    run("--db-start");
  }

  /** kill -9 of the server, as a crash would: no shutdown, no goodbye. */
  static void killServer() {
    run("--kill-server");
  }

  /** Starts the server again; returns once it is ready. */
  static void startServer() {
    run("--start-server");
  }

  private static void run(String what) {
    File log = DIR.resolve("fault-commands.log").toFile();
    try {
      Process process =
          new ProcessBuilder(COMMAND.toString(), what)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("bin/faults " + what + " failed; see " + log);
      }
    } catch (IOException e) {
      throw new IllegalStateException("bin/faults " + what + " did not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
