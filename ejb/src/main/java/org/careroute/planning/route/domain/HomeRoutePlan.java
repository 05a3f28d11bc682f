package org.careroute.planning.route.domain;

import java.util.ArrayList;
import java.util.List;
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

  @PlanningEntityCollectionProperty
  private List<NurseRoute> routes = new ArrayList<>();

  // Visits carry only shadow variables: OptaPlanner 10 expects them as facts, and its solution
  // walk breaks if they are listed as entities beside the routes that own the list variable.
  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<HomeVisit> visits = new ArrayList<>();

  @ConstraintConfigurationProvider
  private RoutePlanWeights weights = new RoutePlanWeights();

  @PlanningScore
  private HardMediumSoftLongScore score;

  public HomeRoutePlan() {}

  public HomeRoutePlan(String name, List<NurseRoute> routes, List<HomeVisit> visits) {
    this.name = name;
    this.routes = routes;
    this.visits = visits;
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
