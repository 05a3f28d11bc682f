package org.careroute.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.careroute.planning.clinic.domain.Watch;

/**
 * The baseline the planner is measured against: requests taken in arrival order, each placed at the
 * earliest start of its window where a chair and a nurse (and, across the nurse's break, a covering
 * colleague) can take it without breaking a hard rule, or turned away. Nothing placed earlier ever
 * moves.
 */
final class FirstComeFirstServed {

  private FirstComeFirstServed() {}

  /** Places what it can, in place; requests turned away keep no chair and no nurse. */
  static void place(ClinicDayPlan plan) {
    List<ClinicSession> placed = new ArrayList<>();
    for (ClinicSession request : plan.getSessions()) {
      if (!placeEarliest(request, placed)) {
        request.setStart(request.getStartOptions().get(0));
        request.setChair(null);
        request.setShift(null);
        request.setCover(null);
      }
    }
  }

  private static boolean placeEarliest(ClinicSession request, List<ClinicSession> placed) {
    for (Long start : request.getStartOptions()) {
      request.setStart(start);
      for (ClinicShift shift : request.getShiftOptions()) {
        request.setShift(shift);
        request.setCover(null);
        if (!fitsNurse(request, placed) && !findCover(request, placed)) {
          continue;
        }
        for (PlanChair chair : request.getChairOptions()) {
          if (placed.stream()
              .noneMatch(p -> p.getChair().equals(chair) && p.overlapSeconds(request) > 0)) {
            request.setChair(chair);
            placed.add(request);
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean findCover(ClinicSession request, List<ClinicSession> placed) {
    if (request.breakOverlapSeconds() == 0) {
      return false;
    }
    for (ClinicShift colleague : request.getShiftOptions()) {
      request.setCover(colleague);
      if (request.effectiveCover() != null && fitsNurse(request, placed)) {
        return true;
      }
    }
    request.setCover(null);
    return false;
  }

  /** Whether the request, as its start, nurse and cover now stand, keeps every nurse's rules. */
  private static boolean fitsNurse(ClinicSession request, List<ClinicSession> placed) {
    ClinicShift shift = request.getShift();
    if (shift.secondsOffShift(request.getStart(), request.end()) > 0
        || request.uncoveredSeconds() > 0) {
      return false;
    }
    for (Watch watch : request.watches()) {
      boolean cover = !watch.nurse().equals(shift);
      if (!certified(request, watch.nurse())
          || (cover && watch.nurse().secondsUnavailable(watch.from(), watch.to()) > 0)
          || !withinRatio(watch, placed)) {
        return false;
      }
    }
    return true;
  }

  private static boolean certified(ClinicSession request, ClinicShift nurse) {
    Set<Certification> needed = EnumSet.noneOf(Certification.class);
    needed.addAll(request.getRequiredCertifications());
    if (request.isEnhanced()) {
      needed.add(Certification.ACLS);
    }
    return nurse.certifications().containsAll(needed);
  }

  private static boolean withinRatio(Watch watch, List<ClinicSession> placed) {
    List<Watch> watched =
        placed.stream()
            .flatMap(p -> p.watches().stream())
            .filter(w -> w.nurse().equals(watch.nurse()) && w.overlapSeconds(watch) > 0)
            .toList();
    if (watch.isEnhanced()) {
      return watched.isEmpty();
    }
    if (watched.stream().anyMatch(Watch::isEnhanced)) {
      return false;
    }
    // The most at once within the watch is reached at one of the starts inside it.
    List<Long> moments = new ArrayList<>(List.of(watch.from()));
    watched.forEach(w -> moments.add(Math.max(w.from(), watch.from())));
    return moments.stream().allMatch(m -> watched.stream().filter(w -> w.runsAt(m)).count() < 3);
  }
}
