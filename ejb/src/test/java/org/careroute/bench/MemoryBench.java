package org.careroute.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code bin/bench memory [--server URL] [--visits N] [--pid PID] [--seconds S]}: the server JVM's
 * resident set with an N-visit home-care day solved, against issue 12's target of 1 GiB. Against a
 * running server (it starts nothing) it books the day through the API ({@link
 * MemoryBenchPractice}), reads the resident set before the solve, has the dispatcher's optimiser
 * solve the day until every visit is on a route in the solver's plan or S seconds have passed (then
 * stops it), and reads the resident set again: now and at its peak.
 */
final class MemoryBench {

  static final long TARGET_MIB = 1024;
  private static final String ADMIN = "admin@careroute.example";
  private static final String DEMO_PASSWORD = "careroute-demo";
  private static final Duration POLL = Duration.ofSeconds(2);

  record Options(URI server, int visits, Long pid, int seconds) {

    static Options parse(String[] args) {
      URI server = URI.create("http://localhost:8080/");
      int visits = 1000;
      Long pid = null;
      int seconds = 60;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--server" -> server = URI.create(args[++i]);
          case "--visits" -> visits = Integer.parseInt(args[++i]);
          case "--pid" -> pid = Long.parseLong(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!server.getPath().endsWith("/")) {
        server = URI.create(server + "/");
      }
      return new Options(server, visits, pid, seconds);
    }

    int port() {
      return server.getPort() > 0 ? server.getPort() : 80;
    }
  }

  /**
   * How the solve ended: visits on routes in the solver's plan, its status, how long it ran, when
   * every visit was first on a route (none if never), and the highest RSS seen while it ran.
   */
  record Solve(int placed, String status, double seconds, Double allPlacedAt, long highestRssKib) {}

  private MemoryBench() {}

  static void run(Options options) throws InterruptedException {
    ClusterBenchPractice api = new ClusterBenchPractice(options.server(), ADMIN, DEMO_PASSWORD);
    ServerMemory memory =
        options.pid() != null
            ? new ServerMemory(options.pid())
            : ServerMemory.listeningOn(options.port());
    System.out.printf(
        "server pid %d, RSS %d MiB before the bench%n", memory.pid(), memory.resident().rssMib());
    MemoryBenchPractice practice = new MemoryBenchPractice(api, options.server());
    long started = System.nanoTime();
    List<Long> patients = practice.patients(options.visits());
    System.out.printf(
        Locale.ROOT, "patients ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    MemoryBenchPractice.Day day = practice.bookedDay(patients, ClusterBenchPractice.day(2));
    ServerMemory.Resident before = memory.resident();
    OptionalLong heapBefore = memory.heapUsedKib();
    Solve solve = solve(api, memory, options, day);
    ServerMemory.Resident after = memory.resident();
    OptionalLong heapAfter = memory.heapUsedKib();
    System.out.println();
    System.out.printf(
        "memory with a %d-visit day solved (server pid %d)%n", options.visits(), memory.pid());
    System.out.printf(
        "visits booked\t%d of %d (%d refused)%n",
        day.appointments().size(), options.visits(), day.refused());
    System.out.printf(
        Locale.ROOT,
        "visits placed\t%d (plan %s; all on routes %s)%n",
        solve.placed(),
        solve.status(),
        solve.allPlacedAt() == null ? "never" : "after %.0f s".formatted(solve.allPlacedAt()));
    System.out.printf(
        Locale.ROOT,
        "solve seconds\t%.1f (highest RSS seen while solving %d MiB)%n",
        solve.seconds(),
        solve.highestRssKib() / 1024);
    System.out.println("\tRSS MiB\tpeak RSS (VmHWM) MiB\theap used MiB");
    System.out.printf(
        "before solve\t%d\t%d\t%s%n", before.rssMib(), before.peakMib(), mib(heapBefore));
    System.out.printf("after solve\t%d\t%d\t%s%n", after.rssMib(), after.peakMib(), mib(heapAfter));
    System.out.printf(
        "target: RSS <= %d MiB with the day solved: %s (peak %d MiB)%n",
        TARGET_MIB,
        Math.max(after.rssMib(), after.peakMib()) <= TARGET_MIB ? "met" : "NOT met",
        after.peakMib());
    System.out.println();
    practice.cancel(day);
  }

  private static Solve solve(
      ClusterBenchPractice api, ServerMemory memory, Options options, MemoryBenchPractice.Day day)
      throws InterruptedException {
    String plan = "api/plans/" + day.clinic() + "/" + day.day();
    int accepted = api.sendAsAdmin(options.server(), plan + "/solve", "").statusCode();
    if (accepted != 202) {
      throw new IllegalStateException(plan + "/solve answered " + accepted);
    }
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(options.seconds()).toNanos();
    JsonObject latest = null;
    Double allPlacedAt = null;
    long highestRssKib = 0;
    while (System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      latest = MemoryBenchPractice.json(api.getAsAdmin(options.server(), plan).body());
      highestRssKib = Math.max(highestRssKib, memory.resident().rssKib());
      double now = (System.nanoTime() - started) / 1e9;
      int placed = placedBySolver(latest);
      if (allPlacedAt == null && placed >= day.appointments().size()) {
        allPlacedAt = now;
      }
      System.out.printf(
          Locale.ROOT,
          "  %.0f s: %s, %d of %d visits on routes, RSS %d MiB%n",
          now,
          latest.getString("status"),
          placed,
          day.appointments().size(),
          highestRssKib / 1024);
      if (finished(latest)) {
        break;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    api.sendAsAdmin(options.server(), plan + "/stop", "");
    return latest == null
        ? new Solve(0, "not read", seconds, null, highestRssKib)
        : new Solve(
            placedBySolver(latest),
            latest.getString("status"),
            seconds,
            allPlacedAt,
            highestRssKib);
  }

  /**
   * The visits on the routes of a plan the solver made: none while the plan is still the day as
   * booked (first fit already put each visit on a route) or before the solver stored a best plan.
   */
  static int placedBySolver(JsonObject plan) {
    JsonValue job = plan.get("job");
    boolean solverPlan =
        !plan.getString("status").equals("AS_BOOKED")
            && job != null
            && job.getValueType() == JsonValue.ValueType.OBJECT
            && job.asJsonObject().get("improvedAt") instanceof jakarta.json.JsonString;
    if (!solverPlan) {
      return 0;
    }
    return plan.getJsonArray("routes").stream()
        .mapToInt(route -> route.asJsonObject().getJsonArray("stops").size())
        .sum();
  }

  /** Whether the solver stopped by itself (its time or its patience ran out) or failed. */
  static boolean finished(JsonObject plan) {
    return List.of("SOLVED", "FAILED").contains(plan.getString("status"));
  }

  private static String mib(OptionalLong kib) {
    return kib.isPresent() ? Long.toString(kib.getAsLong() / 1024) : "n/a";
  }
}
