package org.careroute.planning.route.solver;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Intra-route 2-opt: the nurse drives a run of consecutive visits in reverse order, which replaces
 * the drive into the run and the drive out of it by two others. Reversing the same run again undoes
 * it, so the move is its own undo. It keeps positions, not visits: a rebased move reverses the same
 * positions of the same route in the other solution, which move threads hold in step with this one.
 */
public final class TwoOptMove extends AbstractMove<HomeRoutePlan> {

  private static final String VISITS = "visits";

  private final NurseRoute route;
  private final int fromIndex;
  private final int toIndex;

  /** Reverses the visits at {@code fromIndex} (inclusive) to {@code toIndex} (exclusive). */
  public TwoOptMove(NurseRoute route, int fromIndex, int toIndex) {
    if (fromIndex < 0 || toIndex < fromIndex) {
      throw new IllegalArgumentException("run [" + fromIndex + ", " + toIndex + ")");
    }
    this.route = route;
    this.fromIndex = fromIndex;
    this.toIndex = toIndex;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<HomeRoutePlan> scoreDirector) {
    return toIndex - fromIndex >= 2 && toIndex <= route.getVisits().size();
  }

  @Override
  protected TwoOptMove createUndoMove(ScoreDirector<HomeRoutePlan> scoreDirector) {
    return this;
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<HomeRoutePlan> scoreDirector) {
    scoreDirector.beforeListVariableChanged(route, VISITS, fromIndex, toIndex);
    Collections.reverse(route.getVisits().subList(fromIndex, toIndex));
    scoreDirector.afterListVariableChanged(route, VISITS, fromIndex, toIndex);
  }

  @Override
  public TwoOptMove rebase(ScoreDirector<HomeRoutePlan> destinationScoreDirector) {
    return new TwoOptMove(destinationScoreDirector.lookUpWorkingObject(route), fromIndex, toIndex);
  }

  @Override
  public Collection<NurseRoute> getPlanningEntities() {
    return List.of(route);
  }

  /** The visits of the run; the same before and after the move, in another order. */
  @Override
  public Collection<HomeVisit> getPlanningValues() {
    return List.copyOf(route.getVisits().subList(fromIndex, toIndex));
  }

  NurseRoute route() {
    return route;
  }

  int fromIndex() {
    return fromIndex;
  }

  int toIndex() {
    return toIndex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TwoOptMove move
        && route == move.route
        && fromIndex == move.fromIndex
        && toIndex == move.toIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(route, fromIndex, toIndex);
  }

  @Override
  public String toString() {
    return "2-opt " + route + " reversed [" + fromIndex + ", " + toIndex + ")";
  }
}
