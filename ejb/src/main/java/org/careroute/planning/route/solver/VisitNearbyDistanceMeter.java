package org.careroute.planning.route.solver;

import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How near a destination is to a visit being moved: the drive to another visit (to be placed after
 * it) or to a route's home base (to be placed first on it). Moves then try near places first.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<HomeVisit, Object> {

  @Override
  public double getNearbyDistance(HomeVisit origin, Object destination) {
    if (destination instanceof HomeVisit visit) {
      return origin.getPlace().secondsTo(visit.getPlace());
    }
    return ((NurseRoute) destination).getHome().secondsTo(origin.getPlace());
  }
}
