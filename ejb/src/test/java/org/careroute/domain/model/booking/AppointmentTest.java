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
import org.careroute.domain.shared.ConfirmationRequiredException;
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
    assertThatThrownBy(() -> visit.finish(START, 75, false))
        .isInstanceOf(BusinessConflictException.class);

    visit.arrive(START.minusSeconds(120));
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(visit.isPinned()).as("re-planning keeps a visit the nurse is at").isTrue();
    assertThatThrownBy(() -> visit.finish(START, 75, false))
        .isInstanceOf(BusinessConflictException.class);

    visit.startSession(START);
    assertThatThrownBy(() -> visit.startSession(START))
        .isInstanceOf(BusinessConflictException.class);
    visit.finish(START.plusSeconds(2_700), 75, false);
    assertThat(visit.finishedEarly()).as("45 minutes of 45 planned").isFalse();
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

  @Test
  void progressIsMarkedOnlyOnTheVisitsOwnDayInItsClinicsCalendar() {
    Appointment visit = booked();
    // START is 09:00 on 3 March in Sacramento; the clinic keeps its own calendar, not UTC.
    assertThatThrownBy(() -> visit.arrive(START.minus(Duration.ofDays(1))))
        .isInstanceOf(BusinessConflictException.class)
        .hasMessage("You can mark only today's visits; this one is on Wednesday 3 March 2027.");
    assertThat(visit.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(visit.isPinned()).as("refused: not held in place").isFalse();
    assertThatThrownBy(() -> visit.arrive(Instant.parse("2027-03-04T08:00:00Z")))
        .as("midnight has passed in Sacramento")
        .isInstanceOf(BusinessConflictException.class);

    visit.arrive(Instant.parse("2027-03-03T08:05:00Z"));
    assertThat(visit.status())
        .as("00:05 in Sacramento is the visit's day")
        .isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThatThrownBy(() -> visit.startSession(START.plus(Duration.ofDays(1))))
        .isInstanceOf(BusinessConflictException.class)
        .hasMessageContaining("only today's visits");
  }

  @Test
  void finishingWellBeforeThePlannedLengthNeedsAConfirmationAndIsRecordedAsEarly() {
    Appointment visit = booked();
    visit.arrive(START.minusSeconds(60));
    visit.startSession(START);

    assertThatThrownBy(() -> visit.finish(START.plusSeconds(2), 75, false))
        .isInstanceOf(ConfirmationRequiredException.class)
        .hasMessageContaining("run 0 minutes of the 45 minutes planned")
        .extracting(e -> ((ConfirmationRequiredException) e).field())
        .isEqualTo("confirmEarly");
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThatThrownBy(() -> visit.finish(START.plus(Duration.ofMinutes(33)), 75, false))
        .as("33 of 45 minutes is less than 75%")
        .isInstanceOf(ConfirmationRequiredException.class)
        .hasMessageContaining("run 33 minutes of the 45");

    visit.finish(START.plus(Duration.ofMinutes(2)), 75, true);
    assertThat(visit.status()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(visit.finishedEarly()).isTrue();
    assertThat(visit.finishedAt()).contains(START.plus(Duration.ofMinutes(2)));
  }

  @Test
  void finishingNearThePlannedLengthIsNotEarlyEvenWhenConfirmed() {
    Appointment visit = booked();
    visit.arrive(START);
    visit.startSession(START);
    visit.finish(START.plus(Duration.ofMinutes(34)), 75, true);
    assertThat(visit.finishedEarly()).as("34 minutes is at least 75% of 45").isFalse();
  }

  @Test
  void theLastMarkCanBeUndoneWithinTheWindowStepByStep() {
    Duration window = Duration.ofMinutes(5);
    Appointment visit = booked();
    assertThatThrownBy(() -> visit.undoLastMark(START, window))
        .isInstanceOf(BusinessConflictException.class)
        .hasMessage("Nothing has been marked at this visit yet.");

    visit.arrive(START);
    assertThat(visit.undoableUntil(window)).contains(START.plus(window));
    visit.startSession(START.plusSeconds(60));
    visit.finish(START.plusSeconds(120), 75, true);
    assertThat(visit.finishedEarly()).isTrue();

    assertThat(visit.undoLastMark(START.plusSeconds(180), window)).isEqualTo(Mark.Step.FINISHED);
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(visit.finishedAt()).isEmpty();
    assertThat(visit.finishedEarly()).isFalse();
    assertThat(visit.startedAt()).contains(START.plusSeconds(60));

    assertThat(visit.undoLastMark(START.plusSeconds(180), window)).isEqualTo(Mark.Step.STARTED);
    assertThat(visit.startedAt()).isEmpty();
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);

    assertThat(visit.undoLastMark(START.plusSeconds(180), window)).isEqualTo(Mark.Step.ARRIVED);
    assertThat(visit.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(visit.arrivedAt()).isEmpty();
    assertThat(visit.isPinned()).as("no longer held in place by the arrival").isFalse();
    assertThat(visit.lastMark()).isEmpty();
  }

  @Test
  void aMarkOlderThanTheWindowStays() {
    Duration window = Duration.ofMinutes(5);
    Appointment visit = booked();
    visit.arrive(START);
    assertThatThrownBy(() -> visit.undoLastMark(START.plus(window).plusSeconds(1), window))
        .isInstanceOf(BusinessConflictException.class)
        .hasMessage(
            "A mark can be undone for 5 minutes only; 'Arrived' was marked at 09:00. Please ask"
                + " the dispatcher to correct it.");
    assertThat(visit.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(visit.isPinned()).isTrue();
  }

  @Test
  void undoingTheArrivalKeepsTheDispatchersPin() {
    Appointment visit = booked();
    visit.pin(true);
    visit.arrive(START);
    visit.undoLastMark(START.plusSeconds(30), Duration.ofMinutes(5));
    assertThat(visit.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(visit.isPinned()).as("the dispatcher pinned it before").isTrue();
  }
}
