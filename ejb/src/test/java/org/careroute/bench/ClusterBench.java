package org.careroute.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code bin/bench cluster [--clients C] [--seconds S] [--node URL] [--balancer URL]}: against a
 * running {@code bin/cluster}, C parallel clients book for S seconds at one node, then for S
 * seconds through the balancer (every node), and it prints the booking requests answered per second
 * and the bookings made per second of each. Each client books in a clinic of its own, so that the
 * clinic lock (one booking at a time per clinic) does not hide what more nodes can do; each phase
 * has clinics of its own, so that the second does not meet clinics the first has filled. Set up
 * through the admin API with the demo admin, which node1 of bin/cluster loads.
 */
final class ClusterBench {

  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int BOOKING_DAYS = 3;
  private static final int PATIENTS_PER_CLIENT = 3;
  private static final String PASSWORD = "bench-password-123";

  record Options(int clients, int seconds, URI node, URI balancer, String admin, String password) {

    static Options parse(String[] args) {
      int clients = 8;
      int seconds = 20;
      URI node = URI.create("http://localhost:8180/");
      URI balancer = URI.create("http://localhost:8080/");
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--clients" -> clients = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          case "--node" -> node = URI.create(args[++i]);
          case "--balancer" -> balancer = URI.create(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(
          clients, seconds, node, balancer, "admin@careroute.example", "careroute-demo");
    }
  }

  /** One client's clinic and logged-in patients, with the treatment to book. */
  private record Client(long clinic, long treatment, List<String> patientCookies) {}

  /** What a phase measured. */
  private record Phase(String name, int requests, int booked, int full, int other, long[] millis) {}

  private final Options options;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String tag = UUID.randomUUID().toString().substring(0, 6);
  private String adminCookie;

  private ClusterBench(Options options) {
    this.options = options;
  }

  static void run(Options options) throws IOException, InterruptedException {
    new ClusterBench(options).run();
  }

  private void run() throws IOException, InterruptedException {
    adminCookie = logIn(options.balancer(), options.admin(), options.password());
    long treatment = treatment();
    System.out.printf(
        "cluster bench: %d clients, %d s per phase; a request is one whole booking transaction"
            + " (201 booked, 409 no place left)%n",
        options.clients(), options.seconds());
    List<Client> oneNode = clients(treatment);
    List<Client> everyNode = clients(treatment);
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
    OptionalDouble solves = solvesPerHour();
    System.out.println(
        solves.isPresent()
            ? String.format(Locale.ROOT, "solves per hour\t%.0f", solves.getAsDouble())
            : "solves per hour\tnot measured yet (ClusterBench.solvesPerHour)");
  }

  /**
   * The hook for solves per hour with one node and with two, once solve jobs are database rows any
   * node takes (issue 10, sections 1 and 2): start solves of many clinic days at once and count
   * those finished per hour. Empty until then.
   */
  OptionalDouble solvesPerHour() {
    return OptionalDouble.empty();
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
        day(2 + random.nextInt(BOOKING_DAYS))
            .atTime(8, 0)
            .atZone(ZONE)
            .plusMinutes(10L * random.nextInt(60));
    String booking =
        """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"windowStart":"%s"}"""
            .formatted(client.treatment(), client.clinic(), iso(start));
    try {
      return send(server, "api/appointments", booking, cookie).statusCode();
    } catch (RuntimeException failed) {
      return 599;
    }
  }

  private List<Client> clients(long treatment) {
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < options.clients(); c++) {
      long clinic = clinic();
      for (int n = 0; n < 2; n++) {
        long nurse = nurse();
        for (int d = 2; d < 2 + BOOKING_DAYS; d++) {
          created(
              "api/admin/nurses/" + nurse + "/shifts",
              """
              {"clinicId":%d,"kind":"CLINIC","start":"%s","end":"%s"}"""
                  .formatted(
                      clinic,
                      iso(day(d).atTime(8, 0).atZone(ZONE)),
                      iso(day(d).atTime(20, 0).atZone(ZONE))));
        }
      }
      List<String> cookies = new ArrayList<>();
      for (int p = 0; p < PATIENTS_PER_CLIENT; p++) {
        cookies.add(patient());
      }
      clients.add(new Client(clinic, treatment, cookies));
    }
    return clients;
  }

  private long treatment() {
    return created(
        "api/admin/treatments",
        """
        {"code":"BENCH_%s","name":"Bench treatment %s","modality":"IM_INJECTION","sessionMinutes":40,
         "observationMinutes":30,"settings":["CLINIC"],"requiredCertifications":[]}"""
            .formatted(tag.toUpperCase(Locale.ROOT), tag));
  }

  private long clinic() {
    String hours =
        Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
            .map(
                d ->
                    "{\"dayOfWeek\":\"%s\",\"opens\":\"00:00:00\",\"closes\":\"23:59:00\"}"
                        .formatted(d))
            .collect(Collectors.joining(","));
    long clinic =
        created(
            "api/admin/clinics",
            """
            {"name":"Bench clinic %s","address":"1 Bench Way, Sacramento","latitude":38.58,
             "longitude":-121.49,"zoneId":"%s","openingHours":[%s]}"""
                .formatted(tag, ZONE.getId(), hours));
    for (int chair = 1; chair <= 6; chair++) {
      created("api/admin/clinics/" + clinic + "/chairs", "{\"label\":\"B" + chair + "\"}");
    }
    return clinic;
  }

  private long nurse() {
    return created(
        "api/admin/nurses",
        """
        {"fullName":"Bench Nurse","email":"bench.%s@bench.example","certifications":[],
         "homeLatitude":38.58,"homeLongitude":-121.49}"""
            .formatted(UUID.randomUUID()));
  }

  /** A registered, screened patient, logged in: its session cookie. */
  private String patient() {
    String email = "bench." + UUID.randomUUID() + "@bench.example";
    created(
        "api/patients",
        """
        {"email":"%s","password":"%s","profile":{"fullName":"Bench Patient","dateOfBirth":"1980-05-17",
         "phone":"+1 916 555 0100","homeAddress":"12 Elm Street, Sacramento","homeLatitude":38.6,"homeLongitude":-121.47}}"""
            .formatted(email, PASSWORD),
        null);
    String cookie = logIn(options.balancer(), email, PASSWORD);
    HttpResponse<String> screened =
        send(
            options.balancer(),
            "api/patients/me/screening",
            """
            {"pregnant":false,"dementia":false,"substanceUseHistory":false,"heartDisease":false,
             "uncontrolledBloodPressure":false}""",
            cookie);
    if (screened.statusCode() != 201) {
      throw new IllegalStateException(
          "screening: " + screened.statusCode() + " " + screened.body());
    }
    return cookie;
  }

  private long created(String path, String json) {
    return created(path, json, adminCookie);
  }

  private long created(String path, String json, String cookie) {
    HttpResponse<String> reply = send(options.balancer(), path, json, cookie);
    Matcher id = ID.matcher(reply.body());
    if (reply.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return Long.parseLong(id.group(1));
  }

  private String logIn(URI server, String login, String password) {
    HttpResponse<String> reply =
        send(
            server,
            "api/session",
            "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password),
            null);
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(
          "logging in as " + login + ": " + reply.statusCode() + " (is bin/cluster running?)");
    }
    String cookie =
        reply.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CAREROUTE_SESSION="))
            .findFirst()
            .orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  private HttpResponse<String> send(URI server, String path, String json, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate day(int daysAhead) {
    return LocalDate.now(ZONE).plusDays(daysAhead);
  }

  private static String iso(ZonedDateTime time) {
    return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }
}
