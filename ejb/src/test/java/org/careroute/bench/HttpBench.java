package org.careroute.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.careroute.bench.ClusterBenchPractice.Client;
import org.careroute.bench.ClusterBenchPractice.PatientLogin;

/**
 * {@code bin/bench http [--server URL] [--rounds R] [--clients N] [--seconds S]}: against a running
 * server with the demo practice, prints in one run what a patient waits for: 14 days of
 * availability (each clinic, each treatment and setting; R rounds, the first of each alone as
 * "cold"), beside a plain authenticated {@code GET /api/treatments} as the floor; the cost of an
 * authenticated request over HTTP Basic (first and repeated) and over a session; then bookings per
 * second of N parallel clients, each in a clinic of its own and all in one clinic, beside the raw
 * single-row commits per second of the database ({@link RawCommits}).
 */
final class HttpBench {

  private static final String DEMO_PATIENT = "patient002@example.com";

  /** Logins whose Basic requests are timed. */
  private static final int LOGINS = 5;

  /** A pause after registering them, for their mail and hashing to be done before the timing. */
  private static final long SETTLE_MILLIS = 2_000;

  private static final String DEMO_PASSWORD = "careroute-demo";
  private static final int DAYS = 14;

  record Options(URI server, int rounds, int clients, int seconds) {

    static Options parse(String[] args) {
      URI server = URI.create("http://localhost:8080/");
      int rounds = 20;
      int clients = 8;
      int seconds = 10;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--server" -> server = URI.create(args[++i]);
          case "--rounds" -> rounds = Integer.parseInt(args[++i]);
          case "--clients" -> clients = Integer.parseInt(args[++i]);
          case "--seconds" -> seconds = Integer.parseInt(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return new Options(server, rounds, clients, seconds);
    }
  }

  private final Options options;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpBench(Options options) {
    this.options = options;
  }

  static void run(Options options) throws InterruptedException {
    new HttpBench(options).run();
  }

  private void run() throws InterruptedException {
    ClusterBenchPractice practice =
        new ClusterBenchPractice(options.server(), "admin@careroute.example", DEMO_PASSWORD);
    String session = practice.logIn(DEMO_PATIENT, DEMO_PASSWORD);
    List<Long> floor = new ArrayList<>();
    List<Long> allAvailability = new ArrayList<>();
    System.out.printf(
        "availability of %d days from today, %d rounds (ms; cold = the first request)%n",
        DAYS, options.rounds());
    System.out.println("clinic\ttreatment\tsetting\toffers\tcold\tp50\tp95\tp99");
    LocalDate from = LocalDate.now(ClusterBenchPractice.ZONE);
    for (JsonValue clinic : demo(array(get("api/clinics", session)), "name", "Bench clinic")) {
      for (JsonValue treatment : demo(array(get("api/treatments", session)), "code", "BENCH_")) {
        for (JsonValue setting : treatment.asJsonObject().getJsonArray("settings")) {
          String path =
              "api/availability?treatment=%d&setting=%s&clinic=%d&from=%s&to=%s"
                  .formatted(
                      id(treatment),
                      ((jakarta.json.JsonString) setting).getString(),
                      id(clinic),
                      from,
                      from.plusDays(DAYS - 1));
          long cold = timed(path, session);
          List<Long> warm = new ArrayList<>();
          for (int r = 1; r < options.rounds(); r++) {
            warm.add(timed(path, session));
            floor.add(timed("api/treatments", session));
          }
          allAvailability.add(cold);
          allAvailability.addAll(warm);
          long[] sorted = sorted(warm);
          System.out.printf(
              "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d%n",
              clinic.asJsonObject().getString("name"),
              treatment.asJsonObject().getString("code"),
              ((jakarta.json.JsonString) setting).getString(),
              array(get(path, session)).size(),
              cold,
              BookingLoad.percentile(sorted, 50),
              BookingLoad.percentile(sorted, 95),
              BookingLoad.percentile(sorted, 99));
        }
      }
    }
    long[] all = sorted(allAvailability);
    long floorP95 = BookingLoad.percentile(sorted(floor), 95);
    System.out.printf(
        Locale.ROOT,
        "availability, every request: p50 %d  p95 %d  p99 %d ms; floor (GET /api/treatments,"
            + " session) p95 %d ms; ratio p95/floor %.1f%n",
        BookingLoad.percentile(all, 50),
        BookingLoad.percentile(all, 95),
        BookingLoad.percentile(all, 99),
        floorP95,
        BookingLoad.percentile(all, 95) / (double) Math.max(1, floorP95));
    authentication(practice, session);
    bookings(practice);
  }

  /**
   * The cost of one authenticated read over Basic (first and repeated) and over a session. The
   * logins are registered before anything is timed, and the repeated Basic and the session requests
   * alternate, so that both meet the same background work (the registrations' mail, a collection)
   * and each percentile rests on hundreds of requests.
   */
  private void authentication(ClusterBenchPractice practice, String session)
      throws InterruptedException {
    List<String> basics = new ArrayList<>();
    for (int p = 0; p < LOGINS; p++) {
      PatientLogin patient = practice.registeredPatient();
      basics.add(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (patient.email() + ":" + patient.password())
                          .getBytes(StandardCharsets.UTF_8)));
    }
    Thread.sleep(SETTLE_MILLIS);
    List<Long> first = new ArrayList<>();
    for (String basic : basics) {
      first.add(timed("api/treatments", "Authorization", basic));
    }
    List<Long> repeated = new ArrayList<>();
    List<Long> sessions = new ArrayList<>();
    for (int r = 0; r < LOGINS * 5 * options.rounds(); r++) {
      repeated.add(timed("api/treatments", "Authorization", basics.get(r % LOGINS)));
      sessions.add(timed("api/treatments", session));
    }
    System.out.printf(
        "authenticated GET /api/treatments (ms; %d logins, %d repeated requests each way)"
            + "\tp50\tp95\tmax%n",
        LOGINS, repeated.size());
    print("Basic, first request of a login", first);
    print("Basic, repeated", repeated);
    print("session cookie", sessions);
  }

  private void bookings(ClusterBenchPractice practice) throws InterruptedException {
    long treatment = practice.treatment();
    List<Client> ownClinics = practice.clients(options.clients(), treatment);
    long shared = practice.clients(1, treatment).get(0).clinic();
    List<Client> oneClinic =
        practice.clients(options.clients(), treatment).stream()
            .map(c -> new Client(shared, c.treatment(), c.patientCookies()))
            .toList();
    List<BookingLoad.Phase> phases =
        List.of(
            BookingLoad.run(
                practice, "a clinic each", options.server(), ownClinics, options.seconds()),
            BookingLoad.run(
                practice, "all in one clinic", options.server(), oneClinic, options.seconds()));
    double commits = RawCommits.perSecond(options.clients(), options.seconds());
    System.out.printf(
        "bookings with %d parallel clients, %d s each; raw single-row commits of the database:"
            + " %.0f/s (%s)%n",
        options.clients(), options.seconds(), commits, RawCommits.describe());
    System.out.println("clients\t" + BookingLoad.Phase.HEADING + "\tbooked/raw");
    for (BookingLoad.Phase phase : phases) {
      System.out.printf(
          Locale.ROOT,
          "%s\t%.1f %%%n",
          phase.row(options.seconds()),
          100 * phase.booked() / (double) options.seconds() / commits);
    }
  }

  private static void print(String what, List<Long> millis) {
    long[] sorted = sorted(millis);
    System.out.printf(
        "%s\t%d\t%d\t%d%n",
        what,
        BookingLoad.percentile(sorted, 50),
        BookingLoad.percentile(sorted, 95),
        sorted[sorted.length - 1]);
  }

  private long timed(String path, String cookie) {
    return timed(path, "Cookie", cookie);
  }

  private long timed(String path, String header, String value) {
    long started = System.nanoTime();
    HttpResponse<String> reply = send(path, header, value);
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private String get(String path, String cookie) {
    return send(path, "Cookie", cookie).body();
  }

  private HttpResponse<String> send(String path, String header, String value) {
    HttpRequest request =
        HttpRequest.newBuilder(options.server().resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header(header, value)
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonArray array(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  /** The demo practice's own clinics or treatments: not those an earlier run of a bench made. */
  private static List<JsonValue> demo(JsonArray all, String field, String benchPrefix) {
    return all.stream()
        .filter(v -> !v.asJsonObject().getString(field).startsWith(benchPrefix))
        .toList();
  }

  private static long id(JsonValue value) {
    return ((JsonObject) value).getJsonNumber("id").longValue();
  }

  private static long[] sorted(List<Long> millis) {
    return millis.stream().mapToLong(Long::longValue).sorted().toArray();
  }
}
