package org.careroute.planning.route.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The home visits of a region and horizon, and the field shifts that can serve them: the planning
 * solution of the routing problem. Hard rules keep promises and shifts, medium counts visits left
 * unassigned, soft measures cost (seconds of driving and waiting, continuity, balance).
 */
@PlanningSolution
public class HomeRoutePlan {

  private String name;

  @PlanningEntityCollectionProperty private List<NurseRoute> routes = new ArrayList<>();

  // Visits carry only shadow variables: OptaPlanner 10 expects them as facts, and its solution
  // walk breaks if they are listed as entities beside the routes that own the list variable.
  @ProblemFactCollectionProperty @ValueRangeProvider
  private List<HomeVisit> visits = new ArrayList<>();

  @ConstraintConfigurationProvider private RoutePlanWeights weights = new RoutePlanWeights();

  @PlanningScore private HardMediumSoftLongScore score;

  public HomeRoutePlan() {}

  public HomeRoutePlan(String name, List<NurseRoute> routes, List<HomeVisit> visits) {
    this.name = name;
    this.routes = routes;
    this.visits = visits;
    weights.outweighWaiting((int) visits.stream().filter(HomeVisit::isWaiting).count());
  }

  /**
   * Waiting visits on no route (a patient who joined after the plan was made) go to the unstaffed
   * route, so that the stored plan counts as fully planned.
   */
  public void leaveUnroutedWaitingUnstaffed() {
    Set<HomeVisit> routed = new HashSet<>();
    routes.forEach(r -> routed.addAll(r.getVisits()));
    routes.stream()
        .filter(r -> !r.isStaffed())
        .findFirst()
        .ifPresent(
            unstaffed -> {
              visits.stream()
                  .filter(v -> v.isWaiting() && !routed.contains(v))
                  .forEach(unstaffed.getVisits()::add);
              unstaffed.linkVisits();
            });
  }

  /**
   * Continues from an earlier plan of the same day after its facts changed: each route takes the
   * visits it had there, in that order, where they still exist here. A visit new here, or whose
   * route is gone, keeps the route it was given here, placed among the others by its arrival
   * window; a visit given no route stays for the solver to place. A visit held here (pinned, under
   * way or past) keeps the route it was given here too: the earlier plan may have had it elsewhere.
   */
  public void continueFrom(HomeRoutePlan earlier) {
    Map<String, List<String>> visitIdsByRoute = new LinkedHashMap<>();
    earlier
        .getRoutes()
        .forEach(
            r ->
                visitIdsByRoute.put(
                    r.getId(), r.getVisits().stream().map(HomeVisit::getId).toList()));
    continueFrom(visitIdsByRoute);
  }

  /**
   * Continues from an earlier plan given as the visit ids of each route id, in route order (as a
   * stored plan keeps it), likewise.
   */
  public void continueFrom(Map<String, List<String>> earlierVisitIdsByRoute) {
    Map<String, HomeVisit> byId = new HashMap<>();
    visits.forEach(v -> byId.put(v.getId(), v));
    Map<String, NurseRoute> given = new HashMap<>();
    routes.forEach(r -> r.getVisits().forEach(v -> given.put(v.getId(), r)));
    Map<String, NurseRoute> routesById = new HashMap<>();
    routes.forEach(r -> routesById.put(r.getId(), r));
    Set<String> placed = new HashSet<>();
    routes.forEach(r -> r.getVisits().clear());
    for (Map.Entry<String, List<String>> before : earlierVisitIdsByRoute.entrySet()) {
      NurseRoute route = routesById.get(before.getKey());
      if (route == null) {
        continue;
      }
      for (String visitId : before.getValue()) {
        HomeVisit here = byId.get(visitId);
        boolean heldElsewhere =
            here != null
                && here.getPinnedNurseId() != null
                && !here.getPinnedNurseId().equals(route.getNurseId());
        if (here != null && !heldElsewhere && placed.add(here.getId())) {
          route.getVisits().add(here);
        }
      }
    }
    given.forEach(
        (id, route) -> {
          if (!placed.contains(id)) {
            HomeVisit visit = byId.get(id);
            List<HomeVisit> list = route.getVisits();
            int at = 0;
            while (at < list.size() && list.get(at).getWindowStart() <= visit.getWindowStart()) {
              at++;
            }
            list.add(at, visit);
          }
        });
    routes.forEach(NurseRoute::linkVisits);
  }

  public String getName() {
    return name;
  }

  public List<NurseRoute> getRoutes() {
    return routes;
  }

  public List<HomeVisit> getVisits() {
    return visits;
  }

  public RoutePlanWeights getWeights() {
    return weights;
  }

  public void setWeights(RoutePlanWeights weights) {
    this.weights = weights;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
