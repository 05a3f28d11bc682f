package org.careroute.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.shared.TimeInterval;

/**
 * The windows worth offering a patient on a day, before capacity is checked: clinic starts on a
 * half-hour grid that finish (observation included) before closing, and two-hour home arrival
 * windows on the hour through the working day.
 */
public final class CandidateWindows {

  public static final Duration CLINIC_START_GRID = Duration.ofMinutes(30);
  public static final Duration HOME_ARRIVAL_WINDOW = Duration.ofHours(2);
  static final LocalTime FIRST_HOME_ARRIVAL = LocalTime.of(8, 0);
  static final LocalTime LAST_HOME_ARRIVAL = LocalTime.of(16, 0);

  private CandidateWindows() {}

  /** Clinic starts, as windows of no length, not before {@code earliest}. */
  public static List<TimeInterval> clinicStarts(
      Clinic clinic, LocalDate day, Duration occupancy, Instant earliest) {
    List<TimeInterval> starts = new ArrayList<>();
    for (TimeInterval open : clinic.openIntervalsOn(day)) {
      for (Instant t = open.start();
          !t.plus(occupancy).isAfter(open.end());
          t = t.plus(CLINIC_START_GRID)) {
        if (!t.isBefore(earliest)) {
          starts.add(new TimeInterval(t, t));
        }
      }
    }
    return starts;
  }

  /** Home arrival windows, in the clinic's time zone, that open no sooner than {@code earliest}. */
  public static List<TimeInterval> homeArrivals(Clinic clinic, LocalDate day, Instant earliest) {
    List<TimeInterval> windows = new ArrayList<>();
    for (LocalTime t = FIRST_HOME_ARRIVAL; !t.isAfter(LAST_HOME_ARRIVAL); t = t.plusHours(1)) {
      Instant start = day.atTime(t).atZone(clinic.zone()).toInstant();
      if (!start.isBefore(earliest)) {
        windows.add(TimeInterval.of(start, HOME_ARRIVAL_WINDOW));
      }
    }
    return windows;
  }
}
