package org.careroute.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.domain.service.PracticeDay.at;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

class FirstFitPlacerTest {

  static final EnumSet<Certification> IV = EnumSet.of(Certification.IV_THERAPY);
  static final EnumSet<Certification> IV_ACLS =
      EnumSet.of(Certification.IV_THERAPY, Certification.ACLS);
  static final EnumSet<Certification> FIELD =
      EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT);

  /** 40 km/h and no detour: one kilometre is 90 seconds of driving. */
  final FirstFitPlacer placer = new FirstFitPlacer(new StraightLineTravelTimeEstimator(1.0, 40));

  private Optional<Placement> placeAndBook(PracticeDay day, BookingRequest request) {
    Optional<Placement> placement = placer.place(request, day.snapshot());
    placement.ifPresent(p -> day.book(request, p));
    return placement;
  }

  @Test
  void aClinicNurseWatchesAtMostThreeStandardPatientsAtOnce() {
    PracticeDay day = new PracticeDay(5);
    Nurse nurse = day.nurse("Ann", IV, ShiftKind.CLINIC, 8, 16);
    for (int i = 0; i < 3; i++) {
      assertThat(placeAndBook(day, day.clinicRequest(at(9, 0), MonitoringLevel.STANDARD)))
          .hasValueSatisfying(p -> assertThat(p.nurse()).isSameAs(nurse));
    }
    assertThat(placer.place(day.clinicRequest(at(9, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .isEmpty();
    assertThat(placer.place(day.clinicRequest(at(10, 0), MonitoringLevel.STANDARD), day.snapshot()))
        .as("the first three are done at 10:00")
        .isPresent();
  }

  @Test
  void anEnhancedPatientHasAnAclsNurseAlone() {
    PracticeDay day = new PracticeDay(5);
    day.nurse("Ben", IV, ShiftKind.CLINIC, 8, 16);
    assertThat(placer.place(day.clinicRequest(at(9, 0), MonitoringLevel.ENHANCED), day.snapshot()))
        .as("no ACLS nurse")
        .isEmpty();

    Nurse acls = day.nurse("Cleo", IV_ACLS, ShiftKind.CLINIC, 8, 16);
    assertThat(placeAndBook(day, day.clinicRequest(at(9, 0), MonitoringLevel.ENHANCED)))
        .hasValueSatisfying(p -> assertThat(p.nurse()).isSameAs(acls));
    // Ben takes STANDARD patients; Cleo takes nobody else while her ENHANCED patient is in the
    // chair.
    for (int i = 0; i < 3; i++) {
      assertThat(placeAndBook(day, day.clinicRequest(at(9, 15), MonitoringLevel.STANDARD)))
          .hasValueSatisfying(p -> assertThat(p.nurse().fullName()).isEqualTo("Ben"));
    }
    assertThat(placer.place(day.clinicRequest(at(9, 15), MonitoringLevel.STANDARD), day.snapshot()))
        .isEmpty();
  }

  @Test
  void everyChairHoldsOnePatientForSessionAndObservation() {
    PracticeDay day = new PracticeDay(1);
    day.nurse("Dora", IV, ShiftKind.CLINIC, 8, 16);
    day.nurse("Eve", IV, ShiftKind.CLINIC, 8, 16);
    assertThat(placeAndBook(day, day.clinicRequest(at(9, 0), MonitoringLevel.STANDARD)))
        .isPresent();
    assertThat(placer.place(day.clinicRequest(at(9, 59), MonitoringLevel.STANDARD), day.snapshot()))
        .isEmpty();
    assertThat(placer.place(day.clinicRequest(at(10, 0), MonitoringLevel.STANDARD), day.snapshot()))
        .isPresent();
  }

  @Test
  void sessionsStayWithinOpeningHoursShiftsAndOutsideBreaks() {
    PracticeDay day = new PracticeDay(2);
    Nurse nurse = new Nurse("Fay", "fay@example.com", IV, PracticeDay.CLINIC_SITE);
    day.shifts.add(
        new Shift(
            nurse,
            day.clinic,
            ShiftKind.CLINIC,
            new TimeInterval(at(7, 0), at(19, 0)),
            at(12, 0),
            30,
            null));
    assertThat(placer.place(day.clinicRequest(at(7, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .as("clinic not open yet")
        .isEmpty();
    assertThat(
            placer.place(day.clinicRequest(at(17, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .as("observation would run past closing")
        .isEmpty();
    assertThat(
            placer.place(day.clinicRequest(at(11, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .as("runs into the break, and nobody could watch the patient then")
        .isEmpty();
    assertThat(
            placer.place(day.clinicRequest(at(12, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .isPresent();
  }

  @Test
  void aColleagueWatchesThePatientThroughTheNursesBreak() {
    PracticeDay day = new PracticeDay(4);
    Nurse fay = day.nurseWithNoonBreak("Fay", IV);
    Nurse gil = day.nurse("Gil", IV, ShiftKind.CLINIC, 12, 16);
    Optional<Placement> placed =
        placeAndBook(day, day.clinicRequest(at(11, 30), MonitoringLevel.STANDARD));
    assertThat(placed)
        .hasValueSatisfying(
            p -> {
              assertThat(p.nurse()).isSameAs(fay);
              assertThat(p.cover().nurse()).isSameAs(gil);
              assertThat(p.cover().during()).isEqualTo(new TimeInterval(at(12, 0), at(12, 30)));
            });
    assertThat(placeAndBook(day, day.clinicRequest(at(9, 0), MonitoringLevel.STANDARD)))
        .hasValueSatisfying(
            p -> assertThat(p.cover()).as("clear of the break: no hand-over").isNull());
  }

  @Test
  void aCoveredPatientCountsAgainstTheColleaguesRatio() {
    PracticeDay day = new PracticeDay(6);
    day.nurseWithNoonBreak("Hana", IV);
    Nurse ivan = day.nurse("Ivan", IV, ShiftKind.CLINIC, 12, 16);
    for (int i = 0; i < 3; i++) {
      assertThat(placeAndBook(day, day.clinicRequest(at(12, 0), MonitoringLevel.STANDARD)))
          .hasValueSatisfying(p -> assertThat(p.nurse()).isSameAs(ivan));
    }
    assertThat(
            placer.place(day.clinicRequest(at(11, 30), MonitoringLevel.STANDARD), day.snapshot()))
        .as("Ivan already watches three at noon")
        .isEmpty();
    assertThat(placer.place(day.clinicRequest(at(11, 0), MonitoringLevel.STANDARD), day.snapshot()))
        .as("ends as Hana's break begins")
        .isPresent();
  }

  @Test
  void aColleagueCoveringABreakHasRoomForTwoOwnPatientsMeanwhile() {
    PracticeDay day = new PracticeDay(6);
    day.nurseWithNoonBreak("Mia", IV);
    Nurse ned = day.nurse("Ned", IV, ShiftKind.CLINIC, 12, 16);
    assertThat(placeAndBook(day, day.clinicRequest(at(11, 30), MonitoringLevel.STANDARD)))
        .hasValueSatisfying(p -> assertThat(p.cover().nurse()).isSameAs(ned));
    for (int i = 0; i < 2; i++) {
      assertThat(placeAndBook(day, day.clinicRequest(at(12, 0), MonitoringLevel.STANDARD)))
          .hasValueSatisfying(p -> assertThat(p.nurse()).isSameAs(ned));
    }
    assertThat(placer.place(day.clinicRequest(at(12, 0), MonitoringLevel.STANDARD), day.snapshot()))
        .as("Ned watches Mia's patient and his own two until 12:30; Mia is on her break")
        .isEmpty();
  }

  @Test
  void anEnhancedPatientsCoverIsAnAclsColleagueWithNobodyElse() {
    PracticeDay day = new PracticeDay(4);
    day.nurseWithNoonBreak("Jade", IV_ACLS);
    day.nurse("Kim", IV, ShiftKind.CLINIC, 12, 16);
    assertThat(
            placer.place(day.clinicRequest(at(11, 30), MonitoringLevel.ENHANCED), day.snapshot()))
        .as("Kim has no ACLS")
        .isEmpty();
    Nurse lea = day.nurse("Lea", IV_ACLS, ShiftKind.CLINIC, 12, 16);
    assertThat(placeAndBook(day, day.clinicRequest(at(11, 30), MonitoringLevel.ENHANCED)))
        .hasValueSatisfying(p -> assertThat(p.cover().nurse()).isSameAs(lea));
    assertThat(placer.place(day.clinicRequest(at(12, 0), MonitoringLevel.STANDARD), day.snapshot()))
        .hasValueSatisfying(
            p ->
                assertThat(p.nurse().fullName())
                    .as("Lea is taken 1:1 until 12:30")
                    .isEqualTo("Kim"));
  }

  @Test
  void aHomeVisitStartsInsideTheArrivalWindowAfterTheDrive() {
    PracticeDay day = new PracticeDay(0);
    Nurse field = day.nurse("Gus", FIELD, ShiftKind.FIELD, 8, 12);
    GeoPoint sixKilometresNorth = new GeoPoint(38.58 + 6 / 111.195, -121.49);
    Optional<Placement> placed =
        placeAndBook(day, day.homeRequest(at(8, 0), at(10, 0), sixKilometresNorth));
    assertThat(placed)
        .hasValueSatisfying(
            p -> {
              assertThat(p.nurse()).isSameAs(field);
              assertThat(p.chair()).isNull();
              assertThat(Duration.between(at(8, 0), p.plannedStart()).toSeconds())
                  .isBetween(535L, 545L);
            });
  }

  @Test
  void aHomeVisitMustLeaveTimeToReachTheNextVisitAndToDriveHome() {
    PracticeDay day = new PracticeDay(0);
    day.nurse("Hal", FIELD, ShiftKind.FIELD, 8, 12);
    GeoPoint near = new GeoPoint(38.58 + 3 / 111.195, -121.49);
    assertThat(placeAndBook(day, day.homeRequest(at(9, 0), at(9, 30), near))).isPresent();

    // Arriving 08:04:30 after the drive, a 60-minute visit would still be running at 09:00.
    assertThat(placer.place(day.homeRequest(at(8, 0), at(8, 10), near), day.snapshot())).isEmpty();
    assertThat(placeAndBook(day, day.homeRequest(at(7, 50), at(7, 55), near)))
        .as("before the shift begins")
        .isEmpty();
    Instant lastStart = at(12, 0).minus(Duration.ofMinutes(60)).minusSeconds(270);
    assertThat(
            placer.place(
                day.homeRequest(lastStart.plusSeconds(60), at(11, 30), near), day.snapshot()))
        .as("no time left to drive home")
        .isEmpty();
    assertThat(
            placer.place(
                day.homeRequest(lastStart.minusSeconds(60), at(11, 30), near), day.snapshot()))
        .isPresent();
  }

  @Test
  void homeVisitsNeedAHomeVisitNurseWithTheTreatmentsCertification() {
    PracticeDay day = new PracticeDay(0);
    day.nurse("Ida", EnumSet.of(Certification.HOME_VISIT), ShiftKind.FIELD, 8, 12);
    day.nurse("Joe", FIELD, ShiftKind.CLINIC, 8, 12);
    // A field shift needs HOME_VISIT when it is planned; Lou's was withdrawn afterwards.
    Nurse lou = day.nurse("Lou", FIELD, ShiftKind.FIELD, 8, 12);
    lou.update("Lou", IV, PracticeDay.CLINIC_SITE, true);
    assertThat(
            placer.place(
                day.homeRequest(at(9, 0), at(11, 0), PracticeDay.CLINIC_SITE), day.snapshot()))
        .as("Ida lacks IV_THERAPY, Joe works in the clinic, Lou no longer holds HOME_VISIT")
        .isEmpty();

    // Listed after Lou, from the same base: were Lou's missing HOME_VISIT overlooked, Lou would
    // come first.
    Nurse kit = day.nurse("Kit", FIELD, ShiftKind.FIELD, 8, 12);
    assertThat(placeAndBook(day, day.homeRequest(at(9, 0), at(11, 0), PracticeDay.CLINIC_SITE)))
        .hasValueSatisfying(
            p -> {
              assertThat(p.nurse()).isSameAs(kit);
              assertThat(p.chair()).isNull();
              assertThat(p.plannedStart()).isEqualTo(at(9, 0));
            });
  }
}
