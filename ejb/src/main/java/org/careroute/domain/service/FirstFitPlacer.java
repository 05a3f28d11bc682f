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
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.booking.PatientWatch;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.shared.TimeInterval;

/**
 * Finds a place for a requested session in a clinic's committed day without moving anything that is
 * already placed, so that every promise made before stays kept.
 *
 * <p>Clinic: a free chair for session plus observation, inside opening hours, and a certified nurse
 * on a clinic shift within the care rules' ratio ({@link CareRules}: three STANDARD patients at any
 * moment, or one ENHANCED patient alone); where the session runs into the nurse's break, a
 * certified colleague at work then watches the patient under the same ratio. Home: a gap in a field
 * nurse's route where the nurse can drive in, start inside the arrival window, stay for session
 * plus observation, and still reach the next visit, or home by the end of the shift.
 */
public final class FirstFitPlacer {

  private final TravelTimeEstimator travel;

  public FirstFitPlacer(TravelTimeEstimator travel) {
    this.travel = travel;
  }

  public Optional<Placement> place(BookingRequest request, CapacitySnapshot day) {
    return request.setting() == CareSetting.CLINIC
        ? placeInClinic(request, day)
        : placeAtHome(request, day);
  }

  private Optional<Placement> placeInClinic(BookingRequest request, CapacitySnapshot day) {
    TimeInterval session =
        TimeInterval.of(request.window().start(), request.treatment().occupancy());
    if (!day.clinic().isOpenThroughout(session)) {
      return Optional.empty();
    }
    List<Appointment> overlapping =
        day.appointments().stream()
            .filter(a -> a.setting() == CareSetting.CLINIC)
            .filter(a -> a.occupiedInterval().map(session::overlaps).orElse(false))
            .toList();
    Optional<Chair> chair =
        day.clinic().activeChairs().stream()
            .filter(
                c ->
                    overlapping.stream()
                        .noneMatch(
                            a -> a.chair().map(ac -> sameRecord(ac, c, Chair::id)).orElse(false)))
            .findFirst();
    if (chair.isEmpty()) {
      return Optional.empty();
    }
    Set<Certification> needed =
        CareRules.certificationsFor(
            request.treatment(), CareSetting.CLINIC, request.monitoringLevel());
    List<PatientWatch> watches =
        overlapping.stream()
            .flatMap(a -> a.watches().stream())
            .filter(w -> w.during().overlaps(session))
            .toList();
    List<Shift> certified =
        day.shifts().stream()
            .filter(
                s ->
                    s.kind() == ShiftKind.CLINIC
                        && s.nurse().isActive()
                        && s.nurse().holdsAll(needed))
            .toList();
    return certified.stream()
        .filter(s -> s.hours().contains(session))
        .flatMap(s -> staffing(s, session, request.monitoringLevel(), certified, watches).stream())
        // No hand-over where one can be avoided; then fill nurses who already watch patients first:
        // it keeps the others free for ENHANCED ones.
        .min(
            Comparator.comparing((Staffing staffing) -> staffing.cover() != null)
                .thenComparing(staffing -> -staffing.load().watches().size())
                .thenComparing(staffing -> staffing.shift().nurse().fullName()))
        .map(
            staffing ->
                new Placement(
                    staffing.shift().nurse(), chair.get(), session.start(), staffing.cover()));
  }

  private record Staffing(Shift shift, NurseLoad load, BreakCover cover) {}

  /**
   * The nurse of {@code shift} for the session, with a colleague watching the patient for the part
   * that falls in the nurse's break, when both can take the patient within the ratio.
   */
  private static Optional<Staffing> staffing(
      Shift shift,
      TimeInterval session,
      MonitoringLevel level,
      List<Shift> certified,
      List<PatientWatch> watches) {
    Optional<TimeInterval> inBreak = shift.breakWithin(session);
    NurseLoad load = NurseLoad.of(shift.nurse(), watches);
    if (!load.canTake(level, inBreak.map(session::minus).orElse(List.of(session)))) {
      return Optional.empty();
    }
    if (inBreak.isEmpty()) {
      return Optional.of(new Staffing(shift, load, null));
    }
    TimeInterval during = inBreak.get();
    return certified.stream()
        .filter(colleague -> !sameRecord(colleague.nurse(), shift.nurse(), Nurse::id))
        .filter(colleague -> colleague.coversWithoutBreak(during))
        .filter(
            colleague -> NurseLoad.of(colleague.nurse(), watches).canTake(level, List.of(during)))
        .min(Comparator.comparing(colleague -> colleague.nurse().fullName()))
        .map(colleague -> new Staffing(shift, load, new BreakCover(colleague.nurse(), during)));
  }

  /** The same stored record: the same instance in one persistence context, or the same id. */
  static <T> boolean sameRecord(T a, T b, java.util.function.Function<T, Long> id) {
    return a == b || (id.apply(a) != null && id.apply(a).equals(id.apply(b)));
  }

  /**
   * What one nurse watches around the requested session: own patients and those covered in
   * colleagues' breaks.
   */
  private record NurseLoad(List<PatientWatch> watches) {

    static NurseLoad of(Nurse nurse, List<PatientWatch> all) {
      return new NurseLoad(
          all.stream().filter(w -> sameRecord(w.nurse(), nurse, Nurse::id)).toList());
    }

    /** Whether the nurse can also watch a patient of this level through all of {@code parts}. */
    boolean canTake(MonitoringLevel level, List<TimeInterval> parts) {
      List<PatientWatch> meanwhile =
          watches.stream()
              .filter(w -> parts.stream().anyMatch(p -> p.overlaps(w.during())))
              .toList();
      boolean anyEnhanced =
          level == MonitoringLevel.ENHANCED
              || meanwhile.stream()
                  .anyMatch(w -> w.appointment().monitoringLevel() == MonitoringLevel.ENHANCED);
      return parts.stream()
          .allMatch(p -> CareRules.withinRatio(mostAtOnce(p, meanwhile) + 1, anyEnhanced));
    }

    /** The most of the watches running at one moment within the part. */
    private static int mostAtOnce(TimeInterval part, List<PatientWatch> meanwhile) {
      int most = 0;
      for (PatientWatch w : meanwhile) {
        Instant moment = max(part.start(), w.during().start());
        if (moment.isBefore(part.end())) {
          int atOnce =
              (int) meanwhile.stream().filter(other -> covers(other.during(), moment)).count();
          most = Math.max(most, atOnce);
        }
      }
      return most;
    }

    private static boolean covers(TimeInterval interval, Instant moment) {
      return !moment.isBefore(interval.start()) && moment.isBefore(interval.end());
    }
  }

  private Optional<Placement> placeAtHome(BookingRequest request, CapacitySnapshot day) {
    Set<Certification> needed =
        CareRules.certificationsFor(
            request.treatment(), CareSetting.HOME, request.monitoringLevel());
    return day.shifts().stream()
        .filter(
            s -> s.kind() == ShiftKind.FIELD && s.nurse().isActive() && s.nurse().holdsAll(needed))
        .flatMap(s -> earliestGapOnRoute(request, s, routeOf(s, day)).stream())
        .min(
            Comparator.comparing(RouteInsertion::addedTravel)
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

  private Optional<RouteInsertion> earliestGapOnRoute(
      BookingRequest request, Shift shift, List<Appointment> route) {
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
      Instant latestEnd =
          next == null
              ? shift.hours().end().minus(travel.between(visit, home))
              : next.plannedStart().orElseThrow().minus(travel.between(visit, nextLocation));
      Instant start =
          max(request.window().start(), previousFree.plus(travel.between(previousLocation, visit)));
      Optional<TimeInterval> pause = shift.breakTime();
      if (pause.isPresent() && pause.get().overlaps(TimeInterval.of(start, occupancy))) {
        start = max(start, pause.get().end());
      }
      if (start.isAfter(request.window().end())) {
        return Optional.empty();
      }
      if (!start.plus(occupancy).isAfter(latestEnd)) {
        Duration added =
            travel
                .between(previousLocation, visit)
                .plus(travel.between(visit, nextLocation))
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
