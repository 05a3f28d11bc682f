package org.careroute.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The home-care day {@link MemoryBench} solves, made through the API of a running server: one
 * clinic, field nurses on one day ({@link #VISITS_PER_NURSE} visits each, a tenth spare), and N
 * screened patients at home addresses spread over a town, each with a home visit that day booked by
 * the admin on the patient's behalf.
 *
 * <p>Registration hashes a password (PBKDF2) and logging in to answer the screening verifies it:
 * about half a second of server CPU a patient. The patients ("Memory Bench 00001", ...) are
 * therefore kept between runs and found again by a staff search, which hashes nothing; a run
 * cancels its visits at the end, so that the next finds its patients free on the day.
 */
final class MemoryBenchPractice {

  static final int VISITS_PER_NURSE = 5;
  private static final String PASSWORD = "memory-bench-password";
  private static final int TOWN_SEED = 12;
  private static final double TOWN_LATITUDE = 38.58;
  private static final double TOWN_LONGITUDE = -121.49;
  private static final int FIRST_SLOT_HOUR = 8;
  private static final int SLOT_HOURS = 2;

  /** What was booked: the clinic, the day and the booked visits' appointment ids. */
  record Day(long clinic, LocalDate day, List<Long> appointments, int refused) {}

  private final ClusterBenchPractice api;
  private final URI server;
  private final String tag = UUID.randomUUID().toString().substring(0, 6);

  MemoryBenchPractice(ClusterBenchPractice api, URI server) {
    this.api = api;
    this.server = server;
  }

  /** The patients, found again or registered and screened now (in parallel); their ids. */
  List<Long> patients(int count) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger registered = new AtomicInteger();
    List<Future<Long>> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int index = i;
      ids.add(
          pool.submit(
              () -> {
                Long id = foundPatient(index);
                if (id == null) {
                  id = registeredPatient(index);
                  registered.incrementAndGet();
                }
                int ready = done.incrementAndGet();
                if (ready % 100 == 0 || ready == count) {
                  System.out.printf(
                      "  patients ready: %d of %d (%d registered now)%n",
                      ready, count, registered.get());
                }
                return id;
              }));
    }
    List<Long> patients = new ArrayList<>();
    try {
      for (Future<Long> id : ids) {
        patients.add(id.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return patients;
  }

  /** A clinic with enough field nurses on the day for the visits, and one visit per patient. */
  Day bookedDay(List<Long> patients, LocalDate day) {
    long clinic = api.clinic();
    long treatment = homeTreatment();
    int nurses = (int) Math.ceil(patients.size() * 1.1 / VISITS_PER_NURSE);
    Random homes = new Random(TOWN_SEED);
    for (int n = 0; n < nurses; n++) {
      long nurse = fieldNurse(homes);
      api.created(
          "api/admin/nurses/" + nurse + "/shifts",
          """
          {"clinicId":%d,"kind":"FIELD","start":"%s","end":"%s"}"""
              .formatted(clinic, iso(day, FIRST_SLOT_HOUR, 0), iso(day, 18, 30)));
    }
    System.out.printf("  clinic %d: %d field nurses on %s%n", clinic, nurses, day);
    List<Long> appointments = new ArrayList<>();
    int refused = 0;
    long started = System.nanoTime();
    for (int i = 0; i < patients.size(); i++) {
      int slot = i % VISITS_PER_NURSE;
      HttpResponse<String> booked =
          api.sendAsAdmin(
              server,
              "api/appointments",
              """
              {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s","patientId":%d}"""
                  .formatted(
                      treatment,
                      clinic,
                      iso(day, FIRST_SLOT_HOUR + SLOT_HOURS * slot, 0),
                      patients.get(i)));
      if (booked.statusCode() == 201) {
        appointments.add(json(booked.body()).getJsonNumber("id").longValue());
      } else {
        if (refused++ < 3) {
          System.out.println("  refused: " + booked.statusCode() + " " + booked.body());
        }
      }
      if ((i + 1) % 100 == 0 || i + 1 == patients.size()) {
        System.out.printf(
            Locale.ROOT,
            "  visits booked: %d of %d (%d refused), %.1f s%n",
            appointments.size(),
            i + 1,
            refused,
            (System.nanoTime() - started) / 1e9);
      }
    }
    return new Day(clinic, day, appointments, refused);
  }

  /** Cancels the day's visits, so that a later run finds the same patients free. */
  void cancel(Day day) {
    int cancelled = 0;
    for (long appointment : day.appointments()) {
      if (api.sendAsAdmin(server, "api/appointments/" + appointment + "/cancel", "").statusCode()
          == 200) {
        cancelled++;
      }
    }
    System.out.printf("  cancelled %d of %d visits%n", cancelled, day.appointments().size());
  }

  private long homeTreatment() {
    return api.created(
        "api/admin/treatments",
        """
        {"code":"BENCH_MEM_%s","name":"Bench home visit %s","modality":"IM_INJECTION",
         "sessionMinutes":40,"observationMinutes":30,"settings":["HOME"],"requiredCertifications":[]}"""
            .formatted(tag.toUpperCase(Locale.ROOT), tag));
  }

  private long fieldNurse(Random homes) {
    return api.created(
        "api/admin/nurses",
        """
        {"fullName":"Bench Field Nurse","email":"bench.%s@bench.example","certifications":["HOME_VISIT"],
         "homeLatitude":%.5f,"homeLongitude":%.5f}"""
            .formatted(UUID.randomUUID(), latitude(homes), longitude(homes)));
  }

  private Long foundPatient(int index) {
    HttpResponse<String> found = search(index);
    if (found.statusCode() != 200) {
      throw new IllegalStateException("patient search: " + found.statusCode() + " " + found.body());
    }
    return json(found.body()).getJsonArray("patients").stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("fullName").equals(name(index)))
        .map(p -> p.getJsonNumber("id").longValue())
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> search(int index) {
    return api.sendAsAdmin(
        server, "api/patients/search", "{\"search\":\"%s\",\"limit\":2}".formatted(name(index)));
  }

  /** Registers the patient at a home of their own in the town, screened without risk. */
  private long registeredPatient(int index) {
    Random home = new Random(index);
    String email = "memory.bench.%05d@bench.example".formatted(index);
    HttpResponse<String> registered =
        api.send(
            server,
            "api/patients",
            """
            {"email":"%s","password":"%s","profile":{"fullName":"%s","dateOfBirth":"1980-05-17",
             "phone":"+1 916 555 0100","homeStreet":"%d Elm Street","homePostalCode":"95816",
             "homeCity":"Sacramento","homeLatitude":%.5f,"homeLongitude":%.5f}}"""
                .formatted(email, PASSWORD, name(index), index, latitude(home), longitude(home)),
            null);
    if (registered.statusCode() != 201) {
      throw new IllegalStateException(
          "registration: " + registered.statusCode() + " " + registered.body());
    }
    api.screenWithoutRisk(api.logIn(email, PASSWORD));
    Long id = foundPatient(index);
    if (id == null) {
      throw new IllegalStateException(name(index) + " registered but not found by a search");
    }
    return id;
  }

  private static String name(int index) {
    return "Memory Bench %05d".formatted(index);
  }

  /** Homes and nurses' bases spread over a town about 11 km by 10 km. */
  private static double latitude(Random random) {
    return TOWN_LATITUDE + (random.nextDouble() - 0.5) * 0.1;
  }

  private static double longitude(Random random) {
    return TOWN_LONGITUDE + (random.nextDouble() - 0.5) * 0.12;
  }

  private static String iso(LocalDate day, int hour, int minute) {
    ZonedDateTime time = day.atTime(hour, minute).atZone(ClusterBenchPractice.ZONE);
    return ClusterBenchPractice.iso(time);
  }

  static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
