package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careroute.it.Api.Login;

/**
 * Builds a small practice of a test's own through the admin API, so that tests neither depend on
 * the demo data nor on each other. Clinics it creates are open around the clock, every day.
 */
public final class TestPractice {

  public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  public static final String PASSWORD = "correct-horse-battery";
  public static final double LAT = 38.58;
  public static final double LON = -121.49;

  public final Api api;
  public final String tag = UUID.randomUUID().toString().substring(0, 8);

  public TestPractice(Api api) {
    this.api = api;
  }

  /** A calendar day some days ahead, at a local time, in the test clinics' zone. */
  public static ZonedDateTime at(int daysAhead, int hour, int minute) {
    return LocalDate.now(ZONE).plusDays(daysAhead).atTime(hour, minute).atZone(ZONE);
  }

  public static String iso(ZonedDateTime time) {
    return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The admin API's form of a clinic open around the clock, every day. */
  public static String clinicForm(String name, String address) {
    return clinicForm(name, address, ZONE.getId());
  }

  public static String clinicForm(String name, String address, String zoneId) {
    String hours =
        Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
            .map(
                d ->
                    """
            {"dayOfWeek":"%s","opens":"00:00:00","closes":"23:59:00"}"""
                        .formatted(d))
            .collect(Collectors.joining(","));
    return """
        {"name":"%s","address":"%s","latitude":%s,"longitude":%s,
         "zoneId":"%s","openingHours":[%s]}"""
        .formatted(name, address, LAT, LON, zoneId, hours);
  }

  public long clinic(int chairs) {
    return clinic(chairs, ZONE);
  }

  /**
   * A clinic whose calendar day has only just begun (it is 05:00 to 06:00 there now), so that a
   * working day today lies ahead whatever the hour the test runs at: nurses record progress on
   * today's visits only. Open around the clock, as the other test clinics.
   */
  public TodayClinic clinicWhereTheDayIsAhead(int chairs) {
    int offset = 5 - ZonedDateTime.now(ZoneOffset.UTC).getHour();
    if (offset < -12) {
      offset += 24;
    }
    // Etc/GMT-11 is UTC+11: the POSIX sign is the other way round.
    ZoneId zone =
        ZoneId.of(
            offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    return new TodayClinic(clinic(chairs, zone), zone);
  }

  /** A test clinic in its own zone, where it is today at {@link TodayClinic#at}. */
  public record TodayClinic(long id, ZoneId zone) {

    /** A time today in the clinic's calendar. */
    public ZonedDateTime at(int hour, int minute) {
      return today().atTime(hour, minute).atZone(zone);
    }

    /** A time some days ahead in the clinic's calendar. */
    public ZonedDateTime at(int daysAhead, int hour, int minute) {
      return today().plusDays(daysAhead).atTime(hour, minute).atZone(zone);
    }

    public LocalDate today() {
      return LocalDate.now(zone);
    }
  }

  public long clinic(int chairs, ZoneId zone) {
    Api.Reply created =
        api.post(
            "api/admin/clinics",
            clinicForm("Test clinic " + tag, "1 Test Way, Sacramento", zone.getId()),
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    for (int c = 1; c <= chairs; c++) {
      Api.Reply chair =
          api.post(
              "api/admin/clinics/" + id + "/chairs",
              """
          {"label":"C%d"}"""
                  .formatted(c),
              Api.ADMIN);
      assertThat(chair.status()).as(chair.toString()).isEqualTo(201);
    }
    return id;
  }

  public long treatment(
      int sessionMinutes, int observationMinutes, String settings, String certifications) {
    String code =
        "T_"
            + tag.toUpperCase().replace('-', '_')
            + "_"
            + sessionMinutes
            + "_"
            + observationMinutes;
    Api.Reply created =
        api.post(
            "api/admin/treatments",
            """
        {"code":"%s","name":"Test treatment %s","modality":"IM_INJECTION","sessionMinutes":%d,
         "observationMinutes":%d,"settings":[%s],"requiredCertifications":[%s]}"""
                .formatted(
                    code, code, sessionMinutes, observationMinutes, settings, certifications),
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  public long nurse(String name, String certifications) {
    Api.Reply created =
        api.post(
            "api/admin/nurses",
            """
        {"fullName":"%s","email":"%s.%s@test.example","certifications":[%s],"homeLatitude":%s,"homeLongitude":%s}"""
                .formatted(
                    name,
                    name.toLowerCase().replace(' ', '.'),
                    UUID.randomUUID(),
                    certifications,
                    LAT,
                    LON),
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  public long shift(
      long nurseId, long clinicId, String kind, ZonedDateTime start, ZonedDateTime end) {
    return shift(nurseId, clinicId, kind, start, end, null, 0);
  }

  /** A shift with a break of {@code breakMinutes} from {@code breakStart}, none if that is null. */
  public long shift(
      long nurseId,
      long clinicId,
      String kind,
      ZonedDateTime start,
      ZonedDateTime end,
      ZonedDateTime breakStart,
      int breakMinutes) {
    String pause =
        breakStart == null
            ? ""
            : """
        ,"breakStart":"%s","breakMinutes":%d"""
                .formatted(iso(breakStart), breakMinutes);
    Api.Reply created =
        api.post(
            "api/admin/nurses/" + nurseId + "/shifts",
            """
        {"clinicId":%d,"kind":"%s","start":"%s","end":"%s"%s}"""
                .formatted(clinicId, kind, iso(start), iso(end), pause),
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** A registered patient living near the test clinics, not screened yet. */
  public Login registeredPatient(String name) {
    return registeredPatientAt(name, LAT + 0.02, LON + 0.02);
  }

  /** A patient living at the given place, screened without risk: bookings are confirmed at once. */
  public Login clearedPatientAt(String name, double latitude, double longitude) {
    Login patient = registeredPatientAt(name, latitude, longitude);
    screen(patient, false);
    return patient;
  }

  /** A nurse who can log in, with no certification. */
  public Login nurseWithLogin(String name) {
    Login login =
        new Login(name.toLowerCase().replace(' ', '.') + "." + tag + "@nurses.example", PASSWORD);
    Api.Reply created =
        api.post(
            "api/admin/nurses",
            """
        {"fullName":"%s","email":"%s","certifications":[],"homeLatitude":%s,"homeLongitude":%s,"password":"%s"}"""
                .formatted(name, login.login(), LAT, LON, PASSWORD),
            Api.ADMIN);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return login;
  }

  public long nurseId(Login nurse) {
    return api.get("api/admin/nurses", Api.ADMIN).array().stream()
        .map(n -> n.asJsonObject())
        .filter(n -> n.getString("email").equals(nurse.login()))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private Login registeredPatientAt(String name, double latitude, double longitude) {
    String email =
        name.toLowerCase().replace(' ', '.')
            + "."
            + UUID.randomUUID().toString().substring(0, 8)
            + "@patients.example";
    Api.Reply created =
        api.post(
            "api/patients",
            """
        {"email":"%s","password":"%s","profile":{"fullName":"%s","dateOfBirth":"1980-05-17",
         "phone":"+1 916 555 0100","homeStreet":"12 Elm Street","homePostalCode":"95816",
         "homeCity":"Sacramento","homeLatitude":%s,"homeLongitude":%s}}"""
                .formatted(email, PASSWORD, name, latitude, longitude),
            null);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Login(email, PASSWORD);
  }

  /** A registered patient whose screening found no risk: bookings are confirmed at once. */
  public Login clearedPatient(String name) {
    Login patient = registeredPatient(name);
    screen(patient, false);
    return patient;
  }

  public Api.Reply screen(Login patient, boolean heartDisease) {
    Api.Reply screened =
        api.post(
            "api/patients/me/screening",
            """
        {"pregnant":false,"dementia":false,"substanceUseHistory":false,"heartDisease":%s,
         "uncontrolledBloodPressure":false}"""
                .formatted(heartDisease),
            patient);
    assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
    return screened;
  }

  /** The record's audit trail as an admin reads it, each event as "actor ACTION", oldest first. */
  /** The audit trail of one record as "actor ACTION" lines, oldest first. */
  public List<String> auditTrail(String recordType, Object recordId) {
    return auditEvents(recordType, String.valueOf(recordId)).stream()
        .map(e -> e.getString("actor") + " " + e.getString("action"))
        .toList();
  }

  /** Books as {@code patient} ({@code booking} in the API's form) and expects it booked. */
  public JsonObject booked(Login patient, String booking) {
    Api.Reply booked = api.post("api/appointments", booking, patient);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json();
  }

  /** Books as {@code patient} and expects it booked; the new appointment's id. */
  public long bookedId(Login patient, String booking) {
    return booked(patient, booking).getJsonNumber("id").longValue();
  }

  public static String clinicBooking(long treatmentId, long clinicId, ZonedDateTime start) {
    return """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"windowStart":"%s"}"""
        .formatted(treatmentId, clinicId, iso(start));
  }

  /** The API's form of a home visit with the default two-hour arrival window from {@code start}. */
  public static String homeBooking(long treatmentId, long clinicId, ZonedDateTime start) {
    return """
        {"treatmentId":%d,"setting":"HOME","clinicId":%d,"windowStart":"%s"}"""
        .formatted(treatmentId, clinicId, iso(start));
  }

  /** The API's form of a whole series in the clinic, the first session starting at an ISO time. */
  public static String clinicSeries(
      long treatmentId, long clinicId, String firstStart, int sessions, int minGap, int maxGap) {
    return """
        {"treatmentId":%d,"setting":"CLINIC","clinicId":%d,"firstWindowStart":"%s","sessions":%d,
         "minGapDays":%d,"maxGapDays":%d}"""
        .formatted(treatmentId, clinicId, firstStart, sessions, minGap, maxGap);
  }

  /** The audit trail of one record, oldest first, as an admin reads it. */
  public List<JsonObject> auditEvents(String recordType, String recordId) {
    Api.Reply events =
        api.get(
            "api/admin/audit?recordType="
                + recordType
                + "&recordId="
                + URLEncoder.encode(recordId, StandardCharsets.UTF_8),
            Api.ADMIN);
    assertThat(events.status()).as(events.toString()).isEqualTo(200);
    return events.array().stream().map(v -> v.asJsonObject()).toList();
  }
}
