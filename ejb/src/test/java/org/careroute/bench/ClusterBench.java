package org.careroute.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.careroute.bench.ClusterBenchPractice.Client;

/**
 * {@code bin/bench cluster [--clients C] [--seconds S] [--solves N] [--node URL] [--balancer URL]}:
 * against a running {@code bin/cluster}, C parallel clients book for S seconds at one node, then
 * for S seconds through the balancer (every node), and it prints the booking requests answered per
 * second and the bookings made per second of each. Each client books in a clinic of its own, so
 * that the clinic lock (one booking at a time per clinic) does not hide what more nodes can do;
 * each phase has clinics of its own, so that the second does not meet clinics the first has filled.
 * Set up through the admin API with the demo admin, which node1 of bin/cluster loads.
 */
final class ClusterBench {

  record Options(
      int clients, int seconds, int solves, URI node, URI balancer, String admin, String password) {

    static Options parse(String[] args) {
      int clients = 8;
      int seconds = 20;
      int solves = 8;
      URI node = URI.create("http://localhost:8180/");
      URI balancer = URI.create("http://localhost:8080/");
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--clients" -> clients = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          case "--solves" -> solves = Integer.parseInt(args[++i]);
          case "--node" -> node = URI.create(args[++i]);
          case "--balancer" -> balancer = URI.create(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(
          clients, seconds, solves, node, balancer, "admin@careroute.example", "careroute-demo");
    }
  }

  /** What a phase measured. */
  private record Phase(String name, int requests, int booked, int full, int other, long[] millis) {}

  private final Options options;
  private ClusterBenchPractice practice;

  private ClusterBench(Options options) {
    this.options = options;
  }

  static void run(Options options) throws IOException, InterruptedException {
    new ClusterBench(options).run();
  }

  private void run() throws IOException, InterruptedException {
    practice = new ClusterBenchPractice(options.balancer(), options.admin(), options.password());
    long treatment = practice.treatment();
    System.out.printf(
        "cluster bench: %d clients, %d s per phase; a request is one whole booking transaction"
            + " (201 booked, 409 no place left)%n",
        options.clients(), options.seconds());
    List<Client> oneNode = practice.clients(options.clients(), treatment);
    List<Client> everyNode = practice.clients(options.clients(), treatment);
    List<Phase> phases = new ArrayList<>();
    phases.add(book("one node " + options.node(), options.node(), oneNode));
    phases.add(book("every node, through " + options.balancer(), options.balancer(), everyNode));
    System.out.println("phase\trequests/s\tbooked/s\t201\t409\tother\tp50 ms\tp95 ms");
    for (Phase phase : phases) {
      long[] sorted = phase.millis().clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%s\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d%n",
          phase.name(),
          phase.requests() / (double) options.seconds(),
          phase.booked() / (double) options.seconds(),
          phase.booked(),
          phase.full(),
          phase.other(),
          percentile(sorted, 50),
          percentile(sorted, 95));
    }
    if (options.solves() > 0) {
      new ClusterSolveBench(practice)
          .run(options.node(), options.balancer(), oneNode, everyNode, options.solves());
    }
  }

  private Phase book(String name, URI server, List<Client> clients) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(options.seconds()).toNanos();
    AtomicIntegerArray counts = new AtomicIntegerArray(3);
    List<List<Long>> millis = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients.size(); c++) {
      Client client = clients.get(c);
      List<Long> times = new ArrayList<>();
      millis.add(times);
      Random random = new Random(c);
      running.add(
          pool.submit(
              () -> {
                int turn = 0;
                while (System.nanoTime() < end) {
                  String cookie =
                      client.patientCookies().get(turn++ % client.patientCookies().size());
                  long started = System.nanoTime();
                  int status = bookOnce(server, client, cookie, random);
                  times.add((System.nanoTime() - started) / 1_000_000);
                  counts.incrementAndGet(status == 201 ? 0 : status == 409 ? 1 : 2);
                }
              }));
    }
    for (Future<?> client : running) {
      try {
        client.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
    long[] all = millis.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    return new Phase(name, all.length, counts.get(0), counts.get(1), counts.get(2), all);
  }

  private int bookOnce(URI server, Client client, String cookie, Random random) {
    ZonedDateTime start =
        ClusterBenchPractice.day(2 + random.nextInt(ClusterBenchPractice.BOOKING_DAYS))
            .atTime(8, 0)
            .atZone(ClusterBenchPractice.ZONE)
            .plusMinutes(10L * random.nextInt(60));
    String booking =
        """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"windowStart":"%s"}"""
            .formatted(client.treatment(), client.clinic(), ClusterBenchPractice.iso(start));
    try {
      return practice.send(server, "api/appointments", booking, cookie).statusCode();
    } catch (RuntimeException failed) {
      return 599;
    }
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
