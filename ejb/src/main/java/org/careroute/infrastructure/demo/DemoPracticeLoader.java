package org.careroute.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.careroute.application.Caller;
import org.careroute.application.booking.BookingService;
import org.careroute.application.booking.SessionBooking;
import org.careroute.domain.model.account.PasswordHasher;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningAnswers;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.treatment.TreatmentTypeRepository;
import org.careroute.domain.service.CandidateWindows;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.infrastructure.demo.DemoPractice.ClinicFact;
import org.careroute.infrastructure.demo.DemoPractice.NurseFact;
import org.careroute.infrastructure.startup.StartupPhases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo practice when demo mode is on and the database holds no clinic yet: two clinics,
 * fourteen nurses with four weeks of shifts, two hundred patients and a week of bookings made
 * through the booking service, as a dispatcher would make them. A fixed seed makes it the same
 * practice every time, laid out from the day it is loaded.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
// The practice is stored in one transaction of its own; each booking then goes through the booking
// service in its own, as a dispatcher's would, so that a full window refuses that booking alone.
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPracticeLoader {

  private static final Logger LOG = Logger.getLogger(DemoPracticeLoader.class.getName());
  private static final int BOOKING_ATTEMPTS = 260;

  /** Who the demo's bookings are audited as. */
  private static final Caller DEMO_DISPATCHER =
      new Caller("demo-loader@careroute.example", EnumSet.of(Role.DISPATCHER));

  @Inject
  @ConfigProperty(name = "careroute.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject ClinicRepository clinics;
  @Inject NurseRepository nurses;
  @Inject ShiftRepository shifts;
  @Inject PatientRepository patients;
  @Inject TreatmentTypeRepository treatments;
  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject BookingService bookings;
  @Resource UserTransaction transaction;
  @Inject Clock clock;

  private final Random random = new Random(DemoPractice.SEED);

  @PostConstruct
  void loadIfEmpty() {
    if (!demoEnabled) {
      return;
    }
    StartupPhases.timed("demo data (loaded only into an empty database)", this::load);
  }

  private void load() {
    Practice practice;
    try {
      transaction.begin();
      practice = clinics.count() > 0 ? null : addPractice();
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException("The demo practice could not be stored.", e);
    }
    if (practice != null) {
      int booked =
          addBookings(
              practice.patients(), practice.clinics(), practice.catalog(), practice.today());
      LOG.info(
          () ->
              "Demo practice loaded: 2 clinics, "
                  + DemoPractice.NURSES.size()
                  + " nurses, "
                  + practice.patients().size()
                  + " patients, "
                  + booked
                  + " bookings.");
    }
  }

  /** What the bookings are made among. */
  private record Practice(
      List<Patient> patients, List<Clinic> clinics, List<TreatmentType> catalog, LocalDate today) {}

  private Practice addPractice() {
    // One hash for every demo account: they share the published demo password anyway, and
    // hashing 220 passwords at production strength would hold up the first start by minutes.
    String demoHash = passwordHasher.hash(DemoPractice.PASSWORD.toCharArray());
    accounts.add(
        new UserAccount(
            "admin@careroute.example", demoHash, EnumSet.of(Role.ADMIN, Role.CLINICIAN)));
    accounts.add(
        new UserAccount("dispatcher@careroute.example", demoHash, EnumSet.of(Role.DISPATCHER)));
    accounts.add(
        new UserAccount("clinician@careroute.example", demoHash, EnumSet.of(Role.CLINICIAN)));

    Map<ClinicFact, Clinic> clinicOf = new HashMap<>();
    for (ClinicFact fact : List.of(DemoPractice.MIDTOWN, DemoPractice.ROSEVILLE)) {
      Clinic clinic =
          new Clinic(
              fact.name(),
              fact.address(),
              fact.location(),
              ZoneId.of(DemoPractice.ZONE),
              DemoPractice.openingHours(fact));
      for (int c = 1; c <= fact.chairs(); c++) {
        clinic.addChair("Chair " + c);
      }
      clinic.changePhone(fact.phone());
      clinics.add(clinic);
      clinicOf.put(fact, clinic);
    }
    List<TreatmentType> catalog = DemoPractice.catalog();
    catalog.forEach(treatments::add);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(DemoPractice.ZONE)));
    addNursesAndShifts(clinicOf, demoHash, today);
    return new Practice(addPatients(demoHash), new ArrayList<>(clinicOf.values()), catalog, today);
  }

  private void addNursesAndShifts(
      Map<ClinicFact, Clinic> clinicOf, String demoHash, LocalDate today) {
    int index = 0;
    for (NurseFact fact : DemoPractice.NURSES) {
      String email = DemoPractice.emailOf(fact.name());
      Nurse nurse =
          new Nurse(fact.name(), email, fact.certifications(), near(fact.clinic().location(), 12));
      nurses.add(nurse);
      accounts.add(new UserAccount(email, demoHash, EnumSet.of(Role.NURSE)));
      Clinic clinic = clinicOf.get(fact.clinic());
      boolean early = index++ % 2 == 0;
      for (int d = 0; d < DemoPractice.SHIFT_DAYS; d++) {
        LocalDate day = today.plusDays(d);
        if (clinic.openIntervalsOn(day).isEmpty()
            || (day.getDayOfWeek() == DayOfWeek.SATURDAY && !(early && !fact.field()))) {
          continue;
        }
        LocalTime start = fact.field() || early ? LocalTime.of(8, 0) : LocalTime.of(9, 30);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
          start = LocalTime.of(9, 0);
        }
        LocalTime end =
            day.getDayOfWeek() == DayOfWeek.SATURDAY
                ? LocalTime.of(14, 0)
                : start.plusHours(8).plusMinutes(30);
        Instant breakStart =
            day.getDayOfWeek() == DayOfWeek.SATURDAY ? null : at(clinic, day, start.plusHours(4));
        Shift shift =
            new Shift(
                nurse,
                clinic,
                fact.field() ? ShiftKind.FIELD : ShiftKind.CLINIC,
                new TimeInterval(at(clinic, day, start), at(clinic, day, end)),
                breakStart,
                breakStart == null ? 0 : 30,
                fact.field() ? 6 : null);
        if (fact.field()) {
          shift.allowOvertime(DemoPractice.FIELD_OVERTIME);
        }
        shifts.add(shift);
      }
    }
  }

  private List<Patient> addPatients(String demoHash) {
    List<Patient> added = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (int i = 1; i <= DemoPractice.PATIENTS; i++) {
      String login = String.format("patient%03d@example.com", i);
      accounts.add(new UserAccount(login, demoHash, EnumSet.of(Role.PATIENT)));
      String name = pick(DemoPractice.FIRST_NAMES) + " " + pick(DemoPractice.LAST_NAMES);
      LocalDate born =
          LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String address =
          (100 + random.nextInt(9800))
              + " "
              + pick(DemoPractice.STREETS)
              + ", "
              + pick(DemoPractice.TOWNS)
              + ", CA";
      Patient patient =
          new Patient(
              login,
              new PatientDetails(
                  name,
                  born,
                  "+1 916 555 " + String.format("%04d", i),
                  address,
                  near(DemoPractice.SACRAMENTO, 28)));
      patients.add(patient);
      if (i % 20 != 0) {
        boolean cardiac = i % 10 == 3;
        Screening screening =
            new Screening(
                patient,
                new ScreeningAnswers(false, false, false, cardiac, false),
                today,
                clock.instant());
        if (cardiac && i % 30 != 3) {
          screening.approve("clinician@careroute.example", clock.instant());
        }
        patients.addScreening(screening);
        patient.screened(screening);
      }
      added.add(patient);
    }
    return added;
  }

  private int addBookings(
      List<Patient> demoPatients,
      List<Clinic> demoClinics,
      List<TreatmentType> catalog,
      LocalDate today) {
    int booked = 0;
    Instant notBefore = clock.instant().plusSeconds(3600);
    for (int attempt = 0; attempt < BOOKING_ATTEMPTS; attempt++) {
      Patient patient = demoPatients.get(random.nextInt(demoPatients.size()));
      TreatmentType treatment = catalog.get(random.nextInt(catalog.size()));
      CareSetting setting =
          treatment.isOfferedIn(CareSetting.HOME) && random.nextInt(3) == 0
              ? CareSetting.HOME
              : CareSetting.CLINIC;
      Clinic clinic = demoClinics.get(random.nextInt(demoClinics.size()));
      LocalDate day = today.plusDays(1 + random.nextInt(DemoPractice.BOOKING_DAYS));
      List<TimeInterval> candidates =
          setting == CareSetting.CLINIC
              ? CandidateWindows.clinicStarts(clinic, day, treatment.occupancy(), notBefore)
              : CandidateWindows.homeArrivals(clinic, day, notBefore);
      if (candidates.isEmpty()) {
        continue;
      }
      TimeInterval window = candidates.get(random.nextInt(candidates.size()));
      try {
        bookings.book(
            DEMO_DISPATCHER,
            new SessionBooking(
                treatment.id(),
                setting,
                clinic.id(),
                window.start().atZone(clinic.zone()).toOffsetDateTime(),
                setting == CareSetting.HOME
                    ? window.end().atZone(clinic.zone()).toOffsetDateTime()
                    : null,
                patient.id()));
        booked++;
      } catch (BusinessConflictException | InvalidRequestException full) {
        // A full window, an unscreened patient or an ENHANCED one at home: the demo just moves on.
      }
    }
    return booked;
  }

  private GeoPoint near(GeoPoint centre, double radiusKm) {
    double distanceKm = radiusKm * Math.sqrt(random.nextDouble());
    double bearing = random.nextDouble() * 2 * Math.PI;
    double dLat = distanceKm * Math.cos(bearing) / 111.0;
    double dLon =
        distanceKm * Math.sin(bearing) / (111.0 * Math.cos(Math.toRadians(centre.latitude())));
    return new GeoPoint(
        Math.round((centre.latitude() + dLat) * 1e5) / 1e5,
        Math.round((centre.longitude() + dLon) * 1e5) / 1e5);
  }

  private static Instant at(Clinic clinic, LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(clinic.zone()).toInstant();
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
