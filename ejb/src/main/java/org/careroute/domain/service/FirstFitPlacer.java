package org.careroute.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.TimeInterval;

/**
 * Finds a place for a requested session in a clinic's committed day without moving anything that
 * is already placed, so that every promise made before stays kept.
 *
 * <p>Clinic: a free chair for session plus observation, inside opening hours, and a certified nurse
 * on a clinic shift (not on a break) who watches at most {@value #STANDARD_PATIENTS_PER_NURSE}
 * STANDARD patients at any moment, or one ENHANCED patient alone. Home: a gap in a field nurse's
 * route where the nurse can drive in, start inside the arrival window, stay for session plus
 * observation, and still reach the next visit, or home by the end of the shift.
 */
public final class FirstFitPlacer {

  public static final int STANDARD_PATIENTS_PER_NURSE = 3;

  private final TravelTimeEstimator travel;

  public FirstFitPlacer(TravelTimeEstimator travel) {
    this.travel = travel;
  }

  public Optional<Placement> place(BookingRequest request, CapacitySnapshot day) {
    return request.setting() == CareSetting.CLINIC ? placeInClinic(request, day) : placeAtHome(request, day);
  }

  private Optional<Placement> placeInClinic(BookingRequest request, CapacitySnapshot day) {
    TimeInterval session = TimeInterval.of(request.window().start(), request.treatment().occupancy());
    if (!day.clinic().isOpenThroughout(session)) {
      return Optional.empty();
    }
    List<Appointment> overlapping = day.appointments().stream()
        .filter(a -> a.setting() == CareSetting.CLINIC)
        .filter(a -> a.occupiedInterval().map(session::overlaps).orElse(false))
        .toList();
    Optional<Chair> chair = day.clinic().activeChairs().stream()
        .filter(c -> overlapping.stream().noneMatch(a -> a.chair().map(ac -> sameRecord(ac, c, Chair::id)).orElse(false)))
        .findFirst();
    if (chair.isEmpty()) {
      return Optional.empty();
    }
    Set<Certification> needed = request.treatment().certificationsFor(CareSetting.CLINIC, request.monitoringLevel());
    return day.shifts().stream()
        .filter(s -> s.kind() == ShiftKind.CLINIC && s.nurse().isActive() && s.nurse().holdsAll(needed))
        .filter(s -> s.coversWithoutBreak(session))
        .map(s -> new NurseLoad(s, watchedBy(s, overlapping)))
        .filter(load -> load.canTake(request.monitoringLevel(), session))
        // Fill nurses who already watch patients first: it keeps the others free for ENHANCED ones.
        .max(Comparator.comparingInt((NurseLoad load) -> load.watched.size())
            .thenComparing(load -> load.shift.nurse().fullName()))
        .map(load -> new Placement(load.shift.nurse(), chair.get(), session.start()));
  }

  private static List<Appointment> watchedBy(Shift shift, List<Appointment> overlapping) {
    return overlapping.stream()
        .filter(a -> a.nurse().map(n -> sameRecord(n, shift.nurse(), Nurse::id)).orElse(false))
        .toList();
  }

  /** The same stored record: the same instance in one persistence context, or the same id. */
  private static <T> boolean sameRecord(T a, T b, java.util.function.Function<T, Long> id) {
    return a == b || (id.apply(a) != null && id.apply(a).equals(id.apply(b)));
  }

  private record NurseLoad(Shift shift, List<Appointment> watched) {

    boolean canTake(MonitoringLevel level, TimeInterval session) {
      if (level == MonitoringLevel.ENHANCED) {
        return watched.isEmpty();
      }
      return watched.stream().noneMatch(a -> a.monitoringLevel() == MonitoringLevel.ENHANCED)
          && mostAtOnce(session) < STANDARD_PATIENTS_PER_NURSE;
    }

    /** The most of the watched sessions running at one moment within the session. */
    private int mostAtOnce(TimeInterval session) {
      int most = 0;
      for (Appointment a : watched) {
        Instant moment = max(session.start(), a.occupiedInterval().orElseThrow().start());
        int atOnce = (int) watched.stream()
            .filter(b -> covers(b.occupiedInterval().orElseThrow(), moment))
            .count();
        most = Math.max(most, atOnce);
      }
      return most;
    }

    private static boolean covers(TimeInterval interval, Instant moment) {
      return !moment.isBefore(interval.start()) && moment.isBefore(interval.end());
    }
  }

  private Optional<Placement> placeAtHome(BookingRequest request, CapacitySnapshot day) {
    Set<Certification> needed = request.treatment().certificationsFor(CareSetting.HOME, request.monitoringLevel());
    return day.shifts().stream()
        .filter(s -> s.kind() == ShiftKind.FIELD && s.nurse().isActive() && s.nurse().holdsAll(needed))
        .flatMap(s -> earliestGapOnRoute(request, s, routeOf(s, day)).stream())
        .min(Comparator.comparing(RouteInsertion::addedTravel)
            .thenComparing(insertion -> insertion.placement.plannedStart()))
        .map(RouteInsertion::placement);
  }

  private static List<Appointment> routeOf(Shift shift, CapacitySnapshot day) {
    return day.appointments().stream()
        .filter(a -> a.setting() == CareSetting.HOME)
        .filter(a -> a.nurse().map(n -> sameRecord(n, shift.nurse(), Nurse::id)).orElse(false))
        .filter(a -> a.occupiedInterval().map(i -> shift.hours().overlaps(i)).orElse(false))
        .sorted(Comparator.comparing(a -> a.plannedStart().orElseThrow()))
        .toList();
  }

  private record RouteInsertion(Placement placement, Duration addedTravel) {}

  private Optional<RouteInsertion> earliestGapOnRoute(BookingRequest request, Shift shift, List<Appointment> route) {
    if (shift.kitCapacity().map(kits -> route.size() >= kits).orElse(false)) {
      return Optional.empty();
    }
    var home = shift.nurse().homeBase();
    var visit = request.visitLocation();
    Duration occupancy = request.treatment().occupancy();
    var previousLocation = home;
    Instant previousFree = shift.hours().start();
    for (int i = 0; i <= route.size(); i++) {
      Appointment next = i < route.size() ? route.get(i) : null;
      var nextLocation = next == null ? home : next.visitLocation().orElse(home);
      Instant latestEnd = next == null
          ? shift.hours().end().minus(travel.between(visit, home))
          : next.plannedStart().orElseThrow().minus(travel.between(visit, nextLocation));
      Instant start = max(request.window().start(), previousFree.plus(travel.between(previousLocation, visit)));
      Optional<TimeInterval> pause = shift.breakTime();
      if (pause.isPresent() && pause.get().overlaps(TimeInterval.of(start, occupancy))) {
        start = max(start, pause.get().end());
      }
      if (start.isAfter(request.window().end())) {
        return Optional.empty();
      }
      if (!start.plus(occupancy).isAfter(latestEnd)) {
        Duration added = travel.between(previousLocation, visit).plus(travel.between(visit, nextLocation))
            .minus(travel.between(previousLocation, nextLocation));
        return Optional.of(new RouteInsertion(new Placement(shift.nurse(), null, start), added));
      }
      if (next != null) {
        previousLocation = nextLocation;
        previousFree = next.occupiedInterval().orElseThrow().end();
      }
    }
    return Optional.empty();
  }

  private static Instant max(Instant a, Instant b) {
    return Objects.requireNonNull(a).isAfter(b) ? a : b;
  }
}
