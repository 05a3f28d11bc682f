package org.careroute.planning.route.domain;

import java.util.Objects;
import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps arrival times right when a visit moves: from the moved visit to the end of its route,
 * stopping early where an arrival turns out unchanged. Visits on the unstaffed route have none.
 */
public class ArrivalTimeUpdatingVariableListener
    implements VariableListener<HomeRoutePlan, HomeVisit> {

  private static final String ARRIVAL = "arrival";

  @Override
  public void beforeVariableChanged(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    // Arrivals follow the new position; nothing to do before the change.
  }

  @Override
  public void afterVariableChanged(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    NurseRoute route = visit.getRoute();
    for (HomeVisit current = visit; current != null; current = current.getNext()) {
      Long arrival = HomeVisit.arrivalAfter(current.getPrevious(), route, current.getPlace());
      if (current != visit && Objects.equals(arrival, current.getArrival())) {
        break;
      }
      setArrival(scoreDirector, current, arrival);
    }
  }

  private static void setArrival(
      ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit, Long arrival) {
    if (Objects.equals(visit.getArrival(), arrival)) {
      return;
    }
    scoreDirector.beforeVariableChanged(visit, ARRIVAL);
    visit.setArrival(arrival);
    scoreDirector.afterVariableChanged(visit, ARRIVAL);
  }

  @Override
  public void beforeEntityAdded(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    // A visit added to the problem has no position yet.
  }

  @Override
  public void afterEntityAdded(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    afterVariableChanged(scoreDirector, visit);
  }

  @Override
  public void beforeEntityRemoved(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    // The listener of the visit after a removed one recomputes from its new previous.
  }

  @Override
  public void afterEntityRemoved(ScoreDirector<HomeRoutePlan> scoreDirector, HomeVisit visit) {
    // Nothing refers to a removed visit any more.
  }
}
