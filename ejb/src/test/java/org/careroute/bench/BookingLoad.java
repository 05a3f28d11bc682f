package org.careroute.bench;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.careroute.bench.ClusterBenchPractice.Client;

/**
 * Parallel clients booking clinic sessions for a while, each in its client's clinic at random
 * starts of the practice's booking days, as the cluster and HTTP benchmarks measure it.
 */
final class BookingLoad {

  /** What a phase measured: requests answered, booked (201), full (409), other, each latency. */
  record Phase(String name, int requests, int booked, int full, int other, long[] millis) {

    static final String HEADING = "requests/s\tbooked/s\t201\t409\tother\tp50 ms\tp95 ms";

    /** The phase's row under {@link #HEADING}, over {@code seconds} of booking. */
    String row(int seconds) {
      long[] sorted = millis.clone();
      Arrays.sort(sorted);
      return String.format(
          Locale.ROOT,
          "%s\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d",
          name,
          requests / (double) seconds,
          booked / (double) seconds,
          booked,
          full,
          other,
          percentile(sorted, 50),
          percentile(sorted, 95));
    }
  }

  private BookingLoad() {}

  static Phase run(
      ClusterBenchPractice practice, String name, URI server, List<Client> clients, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
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
                  int status = bookOnce(practice, server, client, cookie, random);
                  times.add((System.nanoTime() - started) / 1_000_000);
                  counts.incrementAndGet(status == 201 ? 0 : status == 409 ? 1 : 2);
                }
              }));
    }
    for (Future<?> client : running) {
      try {
        client.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
    long[] all = millis.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    return new Phase(name, all.length, counts.get(0), counts.get(1), counts.get(2), all);
  }

  private static int bookOnce(
      ClusterBenchPractice practice, URI server, Client client, String cookie, Random random) {
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

  static long percentile(long[] sorted, int percent) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
