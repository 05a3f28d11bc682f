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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The practice {@link ClusterBench} books in, made through the admin API of a running cluster: a
 * clinic per client, open around the clock, with six chairs and two nurses on clinic shifts from
 * 08:00 to 20:00 on {@link #BOOKING_DAYS} days, and screened patients logged in with session
 * cookies.
 */
final class ClusterBenchPractice {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  static final int BOOKING_DAYS = 3;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final int PATIENTS_PER_CLIENT = 3;
  private static final String PASSWORD = "bench-password-123";

  /** A registered, screened patient's credentials and session cookie. */
  record PatientLogin(String email, String password, String cookie) {}

  /** One client's clinic and logged-in patients, with the treatment to book. */
  record Client(long clinic, long treatment, List<String> patientCookies) {}

  private final URI server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String tag = UUID.randomUUID().toString().substring(0, 6);
  private final String adminCookie;

  ClusterBenchPractice(URI server, String admin, String password) {
    this.server = server;
    this.adminCookie = logIn(admin, password);
  }

  List<Client> clients(int count, long treatment) {
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < count; c++) {
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

  long treatment() {
    return created(
        "api/admin/treatments",
        """
        {"code":"BENCH_%s","name":"Bench treatment %s","modality":"IM_INJECTION","sessionMinutes":40,
         "observationMinutes":30,"settings":["CLINIC"],"requiredCertifications":[]}"""
            .formatted(tag.toUpperCase(Locale.ROOT), tag));
  }

  long clinic() {
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
    return registeredPatient().cookie();
  }

  /** A patient registered, screened and logged in. */
  PatientLogin registeredPatient() {
    String email = "bench." + UUID.randomUUID() + "@bench.example";
    // Registration answers alike for a new and a known address (no id), so only its status counts.
    HttpResponse<String> registered =
        send(
            server,
            "api/patients",
            """
            {"email":"%s","password":"%s","profile":{"fullName":"Bench Patient","dateOfBirth":"1980-05-17",
             "phone":"+1 916 555 0100","homeAddress":"12 Elm Street, Sacramento","homeLatitude":38.6,"homeLongitude":-121.47}}"""
                .formatted(email, PASSWORD),
            null);
    if (registered.statusCode() != 201) {
      throw new IllegalStateException(
          "registration: " + registered.statusCode() + " " + registered.body());
    }
    String cookie = logIn(email, PASSWORD);
    screenWithoutRisk(cookie);
    return new PatientLogin(email, PASSWORD, cookie);
  }

  /** Answers the logged-in patient's screening questions with no risk: bookings are confirmed. */
  void screenWithoutRisk(String patientCookie) {
    HttpResponse<String> screened =
        send(
            server,
            "api/patients/me/screening",
            """
            {"pregnant":false,"dementia":false,"substanceUseHistory":false,"heartDisease":false,
             "uncontrolledBloodPressure":false}""",
            patientCookie);
    if (screened.statusCode() != 201) {
      throw new IllegalStateException(
          "screening: " + screened.statusCode() + " " + screened.body());
    }
  }

  long created(String path, String json) {
    return created(path, json, adminCookie);
  }

  private long created(String path, String json, String cookie) {
    HttpResponse<String> reply = send(server, path, json, cookie);
    Matcher id = ID.matcher(reply.body());
    if (reply.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return Long.parseLong(id.group(1));
  }

  String logIn(String login, String password) {
    HttpResponse<String> reply =
        send(
            server,
            "api/session",
            "{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password),
            null);
    if (reply.statusCode() != 200) {
      throw new IllegalStateException(
          "logging in as " + login + ": " + reply.statusCode() + " (is the server running?)");
    }
    String cookie =
        reply.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CAREROUTE_SESSION="))
            .findFirst()
            .orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  /** Sends a JSON body as the admin (who may also optimise and publish days). */
  HttpResponse<String> sendAsAdmin(URI server, String path, String json) {
    return send(server, path, json, adminCookie);
  }

  /** Reads as the admin. */
  HttpResponse<String> getAsAdmin(URI server, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Cookie", adminCookie)
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(URI server, String path, String json, String cookie) {
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

  static LocalDate day(int daysAhead) {
    return LocalDate.now(ZONE).plusDays(daysAhead);
  }

  static String iso(ZonedDateTime time) {
    return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
