package org.careroute.planning.route.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.Place;

/**
 * Replays every staffed route from the shift's start, using only the problem's facts and the order
 * of visits (none of the solver's shadow variables or score), and lists each hard rule broken, a
 * visit pinned to one nurse and placed on another route (or on none) included. A plan the solver
 * calls feasible must come out of here with no violation. A waiting patient's visit is judged as a
 * booked one, with no promise: its window is the arrivals the patient can take.
 */
public final class RoutePlanChecker {

  private RoutePlanChecker() {}

  public static List<String> hardViolations(HomeRoutePlan plan) {
    List<String> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NurseRoute route : plan.getRoutes()) {
      for (HomeVisit visit : route.getVisits()) {
        if (!seen.add(visit.getId())) {
          violations.add(visit.getId() + " is on more than one route");
        }
        if (visit.getPinnedNurseId() != null
            && !visit.getPinnedNurseId().equals(route.getNurseId())) {
          violations.add(visit.getId() + " is pinned to another nurse but is on " + route.getId());
        }
      }
      if (route.isStaffed()) {
        replay(route, violations);
      }
    }
    for (HomeVisit visit : plan.getVisits()) {
      if (!seen.contains(visit.getId())) {
        violations.add(visit.getId() + " is on no route at all");
      }
    }
    return violations;
  }

  private static void replay(NurseRoute route, List<String> violations) {
    long clock = route.getShiftStart();
    Place at = route.getHome();
    int kits = 0;
    for (HomeVisit visit : route.getVisits()) {
      clock += at.secondsTo(visit.getPlace());
      long start = Math.max(clock, visit.getWindowStart());
      if (route.getBreakStart() != null) {
        long breakEnd = route.getBreakStart() + route.getBreakSeconds();
        if (start < breakEnd && route.getBreakStart() < start + visit.getServiceSeconds()) {
          start = breakEnd;
        }
      }
      if (start > visit.getWindowEnd()) {
        violations.add(
            visit.getId()
                + " starts "
                + (start - visit.getWindowEnd())
                + " s after its window on "
                + route.getId());
      }
      Set<Certification> missing = EnumSet.noneOf(Certification.class);
      missing.addAll(visit.getRequiredCertifications());
      missing.removeAll(route.getCertifications());
      if (!missing.isEmpty()) {
        violations.add(route.getId() + " lacks " + missing + " for " + visit.getId());
      }
      kits += visit.getKits();
      clock = start + visit.getServiceSeconds();
      at = visit.getPlace();
    }
    long home = clock + at.secondsTo(route.getHome());
    if (!route.getVisits().isEmpty()
        && home > route.getShiftEnd() + route.getOvertimeAllowanceSeconds()) {
      violations.add(
          route.getId()
              + " is home "
              + (home - route.getShiftEnd() - route.getOvertimeAllowanceSeconds())
              + " s too late");
    }
    if (route.getKitCapacity() != null && kits > route.getKitCapacity()) {
      violations.add(
          route.getId() + " needs " + kits + " kits but carries " + route.getKitCapacity());
    }
  }
}
