package org.careroute.bench;

import java.util.ArrayList;
import java.util.List;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;

/**
 * The baseline the planner is measured against: requests taken in arrival order, each placed at
 * the earliest start of its window where a chair and a nurse can take it without breaking a hard
 * rule, or turned away. Nothing placed earlier ever moves.
 */
final class FirstComeFirstServed {

  private FirstComeFirstServed() {}

  /** Places what it can, in place; requests turned away keep no chair and no nurse. */
  static void place(ClinicDayPlan plan) {
    List<ClinicSession> placed = new ArrayList<>();
    for (ClinicSession request : plan.getSessions()) {
      request.setStart(request.getStartOptions().get(0));
      request.setChair(null);
      request.setShift(null);
      search:
      for (Long start : request.getStartOptions()) {
        request.setStart(start);
        for (ClinicShift shift : request.getShiftOptions()) {
          if (!fitsNurse(request, shift, placed)) {
            continue;
          }
          for (PlanChair chair : request.getChairOptions()) {
            if (placed.stream().noneMatch(p -> p.getChair().equals(chair) && p.overlapSeconds(request) > 0)) {
              request.setChair(chair);
              request.setShift(shift);
              placed.add(request);
              break search;
            }
          }
        }
      }
    }
  }

  private static boolean fitsNurse(ClinicSession request, ClinicShift shift, List<ClinicSession> placed) {
    if (shift.secondsUnavailable(request.getStart(), request.end()) > 0
        || !shift.certifications().containsAll(request.getRequiredCertifications())
        || (request.isEnhanced() && !shift.certifications().contains(org.careroute.domain.model.staff.Certification.ACLS))) {
      return false;
    }
    List<ClinicSession> watched = placed.stream()
        .filter(p -> p.getShift().equals(shift) && p.overlapSeconds(request) > 0).toList();
    if (request.isEnhanced()) {
      return watched.isEmpty();
    }
    if (watched.stream().anyMatch(ClinicSession::isEnhanced)) {
      return false;
    }
    // The most at once within the request's time is reached at one of the starts inside it.
    List<Long> moments = new ArrayList<>(List.of(request.getStart()));
    watched.forEach(p -> moments.add(Math.max(p.getStart(), request.getStart())));
    return moments.stream().allMatch(m -> watched.stream().filter(p -> p.runsAt(m)).count() < 3);
  }
}
