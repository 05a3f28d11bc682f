package org.careroute.domain.model.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientDetails;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.shared.BusinessConflictException;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

/** What the nurse and the dispatcher record during the day, and what each allows next. */
class AppointmentTest {

  private static final Instant START = Instant.parse("2027-03-03T17:00:00Z");
  private static final GeoPoint SITE = new GeoPoint(38.58, -121.49);

  private static Appointment booked() {
    Clinic clinic =
        new Clinic("Clinic", "1 Main St", SITE, ZoneId.of("America/Los_Angeles"), List.of());
    TreatmentType im =
        new TreatmentType(
            "IM",
            "IM",
            Modality.IM_INJECTION,
            Duration.ofMinutes(30),
            Duration.ofMinutes(15),
            EnumSet.of(CareSetting.CLINIC),
            EnumSet.noneOf(Certification.class));
    Patient patient =
        new Patient(
            "p@example.com", new PatientDetails("P", LocalDate.of(1980, 1, 1), null, null, null));
    Nurse nurse = new Nurse("N", "n@example.com", List.of(), SITE);
    BookingRequest request =
        new BookingRequest(
            patient,
            im,
            clinic,
            CareSetting.CLINIC,
            MonitoringLevel.STANDARD,
            null,
            new TimeInterval(START, START));
    return new Appointment(
        request, new Placement(nurse, null, START), true, START.minusSeconds(86_400));
  }

  @Test
  void theNurseArrivesStartsAndFinishesInThatOrder() {
    Appointment visit = booked();
    assertThatThrownBy(() -> visit.startSession(START))
        .isInstanceOf(BusinessConflictException.class);
    assertThatThrownBy(() -> visit.finish(START)).isInstanceOf(BusinessConflictException.class);

    visit.arrive(START.minusSeconds(120));
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(visit.isPinned()).as("re-planning keeps a visit the nurse is at").isTrue();
    assertThatThrownBy(() -> visit.finish(START)).isInstanceOf(BusinessConflictException.class);

    visit.startSession(START);
    assertThatThrownBy(() -> visit.startSession(START))
        .isInstanceOf(BusinessConflictException.class);
    visit.finish(START.plusSeconds(2_700));
    assertThat(visit.status()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(visit.arrivedAt()).contains(START.minusSeconds(120));
    assertThat(visit.startedAt()).contains(START);
    assertThat(visit.finishedAt()).contains(START.plusSeconds(2_700));
    assertThatThrownBy(() -> visit.arrive(START)).isInstanceOf(BusinessConflictException.class);
  }

  @Test
  void aSickNursesBookingKeepsItsTimeButWaitsForAnotherNurse() {
    Appointment visit = booked();
    visit.pin(true);
    visit.releaseNurse();
    assertThat(visit.nurse()).isEmpty();
    assertThat(visit.isPinned()).isFalse();
    assertThat(visit.plannedStart()).contains(START);
    assertThat(visit.status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void aNoShowFreesThePlaceButOnlyBeforeTheVisitStarted() {
    Appointment missed = booked();
    missed.markNoShow();
    assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(missed.status().holdsCapacity()).isFalse();

    Appointment attended = booked();
    attended.arrive(START);
    assertThatThrownBy(attended::markNoShow).isInstanceOf(BusinessConflictException.class);
  }

  @Test
  void onlyASessionUnderWayCanOverrun() {
    Appointment visit = booked();
    assertThatThrownBy(() -> visit.overrun(20)).isInstanceOf(BusinessConflictException.class);
    visit.arrive(START);
    visit.overrun(20);
    assertThat(visit.occupancy()).isEqualTo(Duration.ofMinutes(65));
  }
}
