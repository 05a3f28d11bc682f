package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.travel.Place;

/**
 * A route's visits as a ruin and recreate reshapes them, with the times they would give, worked out
 * by the same rules the score keeps (the visit's start and lateness, the nurse's return, kits and
 * certifications), without touching the working solution.
 */
final class RouteDraft {

  /** An insertion that keeps no promise is never taken on a staffed route. */
  static final long INFEASIBLE = Long.MAX_VALUE;

  private final NurseRoute route;
  private final List<HomeVisit> visits;
  private long[] departures;
  private long[] lateSeconds;
  private long returnHome;
  private int kits;

  RouteDraft(NurseRoute route) {
    this.route = route;
    this.visits = new ArrayList<>(route.getVisits());
    retime();
  }

  NurseRoute route() {
    return route;
  }

  List<HomeVisit> visits() {
    return visits;
  }

  boolean changedFromRoute() {
    return !visits.equals(route.getVisits());
  }

  void remove(HomeVisit visit) {
    visits.remove(visit);
    retime();
  }

  void insert(int index, HomeVisit visit) {
    visits.add(index, visit);
    retime();
  }

  private void retime() {
    int size = visits.size();
    departures = new long[size];
    lateSeconds = new long[size];
    kits = 0;
    if (!route.isStaffed()) {
      return;
    }
    long departure = route.getShiftStart();
    Place at = route.getHome();
    for (int i = 0; i < size; i++) {
      HomeVisit visit = visits.get(i);
      long start = visit.serviceStartOn(route, departure + at.secondsTo(visit.getPlace()));
      lateSeconds[i] = visit.lateSecondsStartingAt(start);
      departure = start + visit.getServiceSeconds();
      departures[i] = departure;
      at = visit.getPlace();
      kits += visit.getKits();
    }
    returnHome =
        size == 0 ? route.getShiftStart() : route.returnHomeAfter(visits.get(size - 1), departure);
  }

  /** Whether this route may take the visit at all, wherever it goes. */
  boolean mayTake(HomeVisit visit) {
    return route.isStaffed()
        && route.missingCertificationsFor(visit).isEmpty()
        && route.kitsShortFor(kits + visit.getKits()) <= route.kitsShortFor(kits)
        && (visit.getPinnedNurseId() == null
            || visit.getPinnedNurseId().equals(route.getNurseId()));
  }

  /**
   * The seconds of driving that putting the visit before position {@code index} adds, or {@link
   * #INFEASIBLE} if the visit would start late, a later visit would start later past its window
   * than it does now, or the nurse would come home later past the shift's end than now.
   */
  long insertionCost(int index, HomeVisit visit) {
    Place before = index == 0 ? route.getHome() : visits.get(index - 1).getPlace();
    Place after = index == visits.size() ? route.getHome() : visits.get(index).getPlace();
    long departure = index == 0 ? route.getShiftStart() : departures[index - 1];
    long start = visit.serviceStartOn(route, departure + before.secondsTo(visit.getPlace()));
    if (visit.lateSecondsStartingAt(start) > 0) {
      return INFEASIBLE;
    }
    departure = start + visit.getServiceSeconds();
    HomeVisit last = visit;
    for (int i = index; i < visits.size(); i++) {
      HomeVisit next = visits.get(i);
      long nextStart =
          next.serviceStartOn(route, departure + last.getPlace().secondsTo(next.getPlace()));
      if (next.lateSecondsStartingAt(nextStart) > lateSeconds[i]) {
        return INFEASIBLE;
      }
      departure = nextStart + next.getServiceSeconds();
      last = next;
      if (departure == departures[i]) {
        return added(before, visit.getPlace(), after);
      }
    }
    long back = route.returnHomeAfter(last, departure);
    if (back > route.latestReturn() && back > returnHome) {
      return INFEASIBLE;
    }
    return added(before, visit.getPlace(), after);
  }

  private static long added(Place before, Place inserted, Place after) {
    return before.secondsTo(inserted) + inserted.secondsTo(after) - before.secondsTo(after);
  }

  /** Where a visit would go and the driving it would add. */
  record Insertion(RouteDraft draft, int index, long cost) {}

  /**
   * The cheapest feasible position for the visit if it costs less than {@code toBeat}, skipping
   * each position with probability {@code blinkRate} (the blinks keep greedy insertion varied);
   * null if there is none.
   */
  Insertion cheapest(HomeVisit visit, Random random, double blinkRate, long toBeat) {
    Insertion best = null;
    long bestCost = toBeat;
    for (int index = 0; index <= visits.size(); index++) {
      if (random.nextDouble() < blinkRate) {
        continue;
      }
      long cost = insertionCost(index, visit);
      if (cost < bestCost) {
        bestCost = cost;
        best = new Insertion(this, index, cost);
      }
    }
    return best;
  }
}
