package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningAnswers;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.junit.jupiter.api.Test;

/** Which waiting patients the optimizer may fit into a clinic day, and when they could start. */
class WaitingSessionsTest {

  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  private static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");
  private static final ScreeningAnswers NO_RISK =
      new ScreeningAnswers(false, false, false, false, false);
  private static final ScreeningAnswers HEART =
      new ScreeningAnswers(false, false, false, true, false);

  private final Clinic clinic =
      Entities.withId(
          new Clinic(
              "Clinic",
              "1 Main St",
              new GeoPoint(38.58, -121.49),
              ZONE,
              List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))),
          1L);
  private final TreatmentType iv =
      new TreatmentType(
          "IV",
          "IV infusion",
          Modality.IV_INFUSION,
          Duration.ofMinutes(40),
          Duration.ofMinutes(20),
          EnumSet.of(CareSetting.CLINIC, CareSetting.HOME),
          EnumSet.of(Certification.IV_THERAPY));
  private final PlanKey key = new PlanKey(1L, MONDAY);

  private WaitlistEntry entry(long id, ScreeningAnswers answers, CareSetting setting) {
    Patient patient =
        new Patient(
            "p" + id + "@example.com",
            new PatientDetails("P " + id, LocalDate.of(1980, 1, 1), null, null, null));
    if (answers != null) {
      patient.screened(new Screening(patient, answers, MONDAY.minusDays(30), NOW));
    }
    return Entities.withId(
        new WaitlistEntry(
            patient,
            iv,
            clinic,
            setting,
            MONDAY,
            MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            NOW),
        id);
  }

  private static long at(int hour, int minute) {
    return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), ZONE).toEpochSecond();
  }

  @Test
  void aClearedClinicPatientMayStartOnTheBookingGridAtTheTimesTheyCanCome() {
    List<ClinicSession> sessions =
        WaitingSessions.of(
            List.of(entry(7, NO_RISK, CareSetting.CLINIC)), List.of(), clinic, key, NOW);

    assertThat(sessions)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.isWaiting()).isTrue();
              assertThat(s.getWaitlistEntryId()).isEqualTo(7L);
              assertThat(s.getAppointmentId()).isNull();
              assertThat(s.getStartOptions()).containsExactly(at(9, 0), at(9, 30), at(10, 0));
              assertThat(s.getStart()).as("the solver chooses").isNull();
              assertThat(s.getOccupancySeconds()).isEqualTo(3600);
              assertThat(s.getRequiredCertifications()).contains(Certification.IV_THERAPY);
            });
  }

  @Test
  void heldUnscreenedHomeAndLetGoPatientsAreLeftOut() {
    List<ClinicSession> sessions =
        WaitingSessions.of(
            List.of(
                entry(1, HEART, CareSetting.CLINIC),
                entry(2, null, CareSetting.CLINIC),
                entry(3, NO_RISK, CareSetting.HOME),
                entry(4, NO_RISK, CareSetting.CLINIC),
                entry(5, NO_RISK, CareSetting.CLINIC)),
            List.of(4L),
            clinic,
            key,
            NOW);

    assertThat(sessions).extracting(ClinicSession::getWaitlistEntryId).containsExactly(5L);
  }

  @Test
  void aWaitingPatientIsGivenNoStartBeforeNow() {
    Instant nineFifteen = Instant.ofEpochSecond(at(9, 15));
    List<ClinicSession> sessions =
        WaitingSessions.of(
            List.of(entry(7, NO_RISK, CareSetting.CLINIC)), List.of(), clinic, key, nineFifteen);

    assertThat(sessions.get(0).getStartOptions()).containsExactly(at(9, 30), at(10, 0));
  }
}
