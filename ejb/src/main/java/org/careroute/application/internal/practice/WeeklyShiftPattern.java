package org.careroute.application.internal.practice;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroute.application.TimeView;
import org.careroute.application.practice.ShiftPatternForm;
import org.careroute.application.practice.ShiftPatternView.PatternShift;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.shared.InvalidRequestException;
import org.careroute.domain.shared.TimeInterval;

/**
 * A weekly pattern laid out on the calendar: the shift on each ticked weekday of each week, in the
 * clinic's zone, each checked by the rules of a single shift. Days the nurse already works at that
 * time, and days already begun, are skipped, never overwritten.
 */
final class WeeklyShiftPattern {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The shifts to create (not yet stored) and the days skipped, with why. */
  record Plan(List<Shift> created, List<PatternShift> skipped) {}

  private final Nurse nurse;
  private final Clinic clinic;
  private final ShiftPatternForm form;
  private final LocalDate firstMonday;

  WeeklyShiftPattern(Nurse nurse, Clinic clinic, ShiftPatternForm form) {
    if (!form.end().isAfter(form.start())) {
      throw new InvalidRequestException(
          "end", "A shift must end after it starts, on the same day.");
    }
    this.nurse = nurse;
    this.clinic = clinic;
    this.form = form;
    this.firstMonday = form.firstWeek().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** From the first Monday to the end of the last week, with a day's margin for the zone. */
  TimeInterval span() {
    ZoneId zone = clinic.zone();
    return new TimeInterval(
        firstMonday.minusDays(1).atStartOfDay(zone).toInstant(),
        firstMonday.plusWeeks(form.weeks()).plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The pattern against the nurse's {@code existing} shifts in {@link #span()}. */
  Plan plan(List<Shift> existing, Instant now) {
    List<Shift> created = new ArrayList<>();
    List<PatternShift> skipped = new ArrayList<>();
    for (int week = 0; week < form.weeks(); week++) {
      for (DayOfWeek weekday : DayOfWeek.values()) {
        if (!form.weekdays().contains(weekday)) {
          continue;
        }
        LocalDate day = firstMonday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(weekday));
        Shift shift = shiftOn(day);
        TimeInterval hours = shift.hours();
        String clash = clash(hours, existing, now);
        if (clash == null) {
          created.add(shift);
        } else {
          skipped.add(day(hours, clinic, clash));
        }
      }
    }
    return new Plan(created, skipped);
  }

  /** A day of the pattern as the admin reads it: on the clinic's clock. */
  static PatternShift day(TimeInterval hours, Clinic clinic, String skippedBecause) {
    return new PatternShift(
        TimeView.at(hours.start(), clinic.zone()),
        TimeView.at(hours.end(), clinic.zone()),
        skippedBecause);
  }

  private Shift shiftOn(LocalDate day) {
    ZoneId zone = clinic.zone();
    Instant breakStart =
        form.breakStart() == null ? null : day.atTime(form.breakStart()).atZone(zone).toInstant();
    Shift shift =
        new Shift(
            nurse,
            clinic,
            form.kind(),
            new TimeInterval(
                day.atTime(form.start()).atZone(zone).toInstant(),
                day.atTime(form.end()).atZone(zone).toInstant()),
            breakStart,
            form.breakLength(),
            form.kitCapacity());
    shift.allowOvertime(form.overtimeAllowance());
    return shift;
  }

  /** Why the day is skipped, or null when the shift can be created. */
  private static String clash(TimeInterval hours, List<Shift> existing, Instant now) {
    if (hours.start().isBefore(now)) {
      return "Its start time has passed.";
    }
    return existing.stream()
        .filter(s -> s.hours().overlaps(hours))
        .findFirst()
        .map(
            s -> {
              ZoneId zone = s.clinic().zone();
              return "Already works "
                  + CLOCK.format(s.hours().start().atZone(zone))
                  + "–"
                  + CLOCK.format(s.hours().end().atZone(zone))
                  + " ("
                  + s.clinic().name()
                  + ").";
            })
        .orElse(null);
  }
}
