package org.careroute.application.internal.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.application.practice.ShiftPatternForm;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.OpeningHours;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;
import org.junit.jupiter.api.Test;

class WeeklyShiftPatternTest {

  static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  /** A Wednesday: the pattern starts on the Monday of its week. */
  static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);

  final Clinic clinic =
      new Clinic(
          "Midtown",
          "1 Main St",
          new GeoPoint(38.58, -121.49),
          ZONE,
          List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
  final Nurse nurse =
      new Nurse(
          "Pat",
          "pat@example.com",
          EnumSet.noneOf(Certification.class),
          new GeoPoint(38.5, -121.4));

  private ShiftPatternForm form(Set<DayOfWeek> days, int start, int end, ShiftKind kind) {
    return new ShiftPatternForm(
        1L,
        kind,
        days,
        LocalTime.of(start, 0),
        LocalTime.of(end, 0),
        LocalTime.of(12, 0),
        30,
        null,
        null,
        WEDNESDAY,
        2);
  }

  private Shift existing(LocalDate day, int from, int to) {
    return new Shift(
        nurse,
        clinic,
        ShiftKind.CLINIC,
        new TimeInterval(
            day.atTime(from, 0).atZone(ZONE).toInstant(),
            day.atTime(to, 0).atZone(ZONE).toInstant()),
        null,
        0,
        null);
  }

  @Test
  void eachTickedWeekdayOfEachWeekGetsTheShiftOnTheClinicsClockAcrossTheClockChange() {
    WeeklyShiftPattern pattern =
        new WeeklyShiftPattern(
            nurse,
            clinic,
            form(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 8, 16, ShiftKind.CLINIC));

    WeeklyShiftPattern.Plan plan =
        pattern.plan(List.of(), WEDNESDAY.minusWeeks(1).atStartOfDay(ZONE).toInstant());

    assertThat(plan.skipped()).isEmpty();
    // 2027-03-14 moves Los Angeles from UTC-8 to UTC-7: the shifts stay at 08:00 there.
    assertThat(plan.created())
        .extracting(s -> s.hours().start().atZone(ZONE).toLocalDateTime().toString())
        .containsExactly(
            "2027-03-08T08:00", "2027-03-12T08:00", "2027-03-15T08:00", "2027-03-19T08:00");
    assertThat(plan.created())
        .allSatisfy(
            s ->
                assertThat(s.breakTime().orElseThrow().start().atZone(ZONE).toLocalTime())
                    .isEqualTo(LocalTime.NOON));
  }

  @Test
  void daysTheNurseAlreadyWorksAndDaysBegunAreSkippedSayingWhy() {
    WeeklyShiftPattern pattern =
        new WeeklyShiftPattern(
            nurse, clinic, form(EnumSet.of(DayOfWeek.MONDAY), 8, 16, ShiftKind.CLINIC));
    LocalDate firstMonday = LocalDate.of(2027, 3, 8);

    WeeklyShiftPattern.Plan plan =
        pattern.plan(
            List.of(existing(firstMonday.plusWeeks(1), 15, 20)),
            firstMonday.atTime(9, 0).atZone(ZONE).toInstant());

    assertThat(plan.created()).isEmpty();
    assertThat(plan.skipped())
        .extracting(s -> s.skippedBecause())
        .containsExactly("Its start time has passed.", "Already works 15:00–20:00 (Midtown).");
  }

  @Test
  void aPatternIsRefusedWhenItsShiftWouldEndBeforeItStartsOrTheNurseCannotWorkIt() {
    assertThatThrownBy(
            () ->
                new WeeklyShiftPattern(
                    nurse, clinic, form(EnumSet.of(DayOfWeek.MONDAY), 16, 8, ShiftKind.CLINIC)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("end after it starts");
    WeeklyShiftPattern field =
        new WeeklyShiftPattern(
            nurse, clinic, form(EnumSet.of(DayOfWeek.MONDAY), 8, 16, ShiftKind.FIELD));
    assertThatThrownBy(
            () -> field.plan(List.of(), WEDNESDAY.minusWeeks(1).atStartOfDay(ZONE).toInstant()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("HOME_VISIT");
  }
}
