package org.careroute.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.domain.service.PracticeDay.at;

import java.util.EnumSet;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

class PlacementStandingTest {

  private final PracticeDay day = new PracticeDay(2);
  private final Chair chair = day.clinic.activeChairs().get(0);

  private Appointment bookedAt(Nurse nurse, int hour) {
    return day.book(
        day.clinicRequest(at(hour, 0), MonitoringLevel.STANDARD),
        new Placement(nurse, chair, at(hour, 0)));
  }

  @Test
  void aBookingOnAnActiveChairWithACertifiedNurseOnShiftStands() {
    Nurse nurse = day.nurse("Ann", EnumSet.of(Certification.IV_THERAPY), ShiftKind.CLINIC, 8, 16);

    assertThat(PlacementStanding.stands(bookedAt(nurse, 9), day.shifts)).isTrue();
  }

  @Test
  void aBookingOnAChairTakenOutOfUseNoLongerStands() {
    Nurse nurse = day.nurse("Ann", EnumSet.of(Certification.IV_THERAPY), ShiftKind.CLINIC, 8, 16);
    Appointment booking = bookedAt(nurse, 9);

    chair.update(chair.label(), false);

    assertThat(PlacementStanding.stands(booking, day.shifts)).isFalse();
  }

  @Test
  void aBookingWhoseNurseLostTheTreatmentsCertificationNoLongerStands() {
    Nurse nurse = day.nurse("Ann", EnumSet.of(Certification.IV_THERAPY), ShiftKind.CLINIC, 8, 16);
    Appointment booking = bookedAt(nurse, 9);

    nurse.update(nurse.fullName(), EnumSet.noneOf(Certification.class), nurse.homeBase(), true);

    assertThat(PlacementStanding.stands(booking, day.shifts)).isFalse();
  }

  @Test
  void aBookingOutsideTheNursesShiftOrOnAFieldShiftNoLongerStands() {
    Nurse clinicNurse =
        day.nurse("Ann", EnumSet.of(Certification.IV_THERAPY), ShiftKind.CLINIC, 8, 10);
    Nurse fieldNurse =
        day.nurse(
            "Bo",
            EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT),
            ShiftKind.FIELD,
            8,
            16);

    assertThat(PlacementStanding.stands(bookedAt(clinicNurse, 11), day.shifts)).isFalse();
    assertThat(PlacementStanding.stands(bookedAt(fieldNurse, 9), day.shifts)).isFalse();
  }

  @Test
  void aBookingRunningIntoTheNursesBreakStandsOnlyWithAColleagueCoveringIt() {
    Nurse nurse = day.nurseWithNoonBreak("Ann", EnumSet.of(Certification.IV_THERAPY));
    Nurse colleague =
        day.nurse("Cy", EnumSet.of(Certification.IV_THERAPY), ShiftKind.CLINIC, 8, 17);
    TimeInterval inBreak = new TimeInterval(at(12, 0), at(12, 30));

    Appointment uncovered =
        day.book(
            day.clinicRequest(at(11, 45), MonitoringLevel.STANDARD),
            new Placement(nurse, chair, at(11, 45)));
    Appointment covered =
        day.book(
            day.clinicRequest(at(11, 45), MonitoringLevel.STANDARD),
            new Placement(nurse, chair, at(11, 45), new BreakCover(colleague, inBreak)));

    assertThat(PlacementStanding.stands(uncovered, day.shifts)).isFalse();
    assertThat(PlacementStanding.stands(covered, day.shifts)).isTrue();

    colleague.update(
        colleague.fullName(), EnumSet.noneOf(Certification.class), colleague.homeBase(), true);
    assertThat(PlacementStanding.stands(covered, day.shifts))
        .as("the cover must be certified too")
        .isFalse();
  }
}
