package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Places every visit not yet on a route by the same insertion ruin and recreate uses: by regret
 * over every route that may take it, or one by one, the narrowest window first; a visit no nurse
 * can take goes to the unstaffed route. Visits already placed (pinned ones) stay where they are.
 */
public class InsertionConstruction implements CustomPhaseCommand<HomeRoutePlan> {

  private static final String VISITS = "visits";

  /** Insertion is deterministic here (no blinks): the local search that follows varies it. */
  private static final RegretInsertion REGRET = new RegretInsertion(3, 0);

  static final boolean BY_REGRET = !"tight".equals(System.getProperty("rr.construction", "regret"));

  @Override
  public void changeWorkingSolution(ScoreDirector<HomeRoutePlan> scoreDirector) {
    HomeRoutePlan plan = scoreDirector.getWorkingSolution();
    List<HomeVisit> unplaced = new ArrayList<>();
    for (HomeVisit visit : plan.getVisits()) {
      if (visit.getRoute() == null) {
        unplaced.add(visit);
      }
    }
    if (unplaced.isEmpty()) {
      return;
    }
    RouteDrafts drafts = new RouteDrafts();
    List<RouteDraft> staffed = new ArrayList<>();
    RouteDraft unstaffed = null;
    for (NurseRoute route : plan.getRoutes()) {
      if (route.isStaffed()) {
        staffed.add(drafts.of(route));
      } else {
        unstaffed = drafts.of(route);
      }
    }
    Random random = new Random(0);
    unplaced.sort(new TightestWindowFirst());
    if (BY_REGRET) {
      REGRET.recreate(unplaced, visit -> staffed, unstaffed, random);
    } else {
      for (HomeVisit visit : unplaced) {
        RouteDraft.Insertion best = null;
        for (RouteDraft draft : staffed) {
          RouteDraft.Insertion found =
              draft.mayTake(visit)
                  ? draft.cheapest(
                      visit, random, 0, best == null ? RouteDraft.INFEASIBLE : best.cost())
                  : null;
          best = found == null ? best : found;
        }
        RouteDraft to = best == null ? unstaffed : best.draft();
        to.insert(best == null ? to.visits().size() : best.index(), visit);
      }
    }
    for (RouteDraft draft : drafts.touched()) {
      if (draft.changedFromRoute()) {
        assign(scoreDirector, draft.route(), draft.visits());
      }
    }
  }

  /**
   * Gives the route its new list one visit at a time, as OptaPlanner's assigning move tells of
   * each: the list's index supply takes one new visit per change, heard before the next. The
   * construction only adds, so the visits already there keep their order among the new ones.
   */
  private static void assign(
      ScoreDirector<HomeRoutePlan> scoreDirector, NurseRoute route, List<HomeVisit> wanted) {
    List<HomeVisit> visits = route.getVisits();
    for (int index = 0; index < wanted.size(); index++) {
      HomeVisit visit = wanted.get(index);
      if (index < visits.size() && visits.get(index) == visit) {
        continue;
      }
      scoreDirector.beforeListVariableChanged(route, VISITS, index, index);
      scoreDirector.beforeListVariableElementAssigned(route, VISITS, visit);
      visits.add(index, visit);
      scoreDirector.afterListVariableElementAssigned(route, VISITS, visit);
      scoreDirector.afterListVariableChanged(route, VISITS, index, index + 1);
      scoreDirector.triggerVariableListeners();
    }
  }
}
