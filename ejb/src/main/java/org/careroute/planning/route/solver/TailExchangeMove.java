package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Inter-route 2-opt* (tail exchange): two routes swap the visits after a cut, so that each nurse
 * finishes the other's day. Exchanging at the same cuts again undoes it, so the move is its own
 * undo; like {@link TwoOptMove} it keeps positions, which a rebase takes over unchanged.
 */
public final class TailExchangeMove extends AbstractMove<HomeRoutePlan> {

  private static final String VISITS = "visits";

  private final NurseRoute first;
  private final int firstCut;
  private final NurseRoute second;
  private final int secondCut;

  /**
   * {@code first} keeps its visits before {@code firstCut} and takes those of {@code second} from
   * {@code secondCut} on, and the other way round.
   */
  public TailExchangeMove(NurseRoute first, int firstCut, NurseRoute second, int secondCut) {
    if (first == second || firstCut < 0 || secondCut < 0) {
      throw new IllegalArgumentException(first + "@" + firstCut + ", " + second + "@" + secondCut);
    }
    this.first = first;
    this.firstCut = firstCut;
    this.second = second;
    this.secondCut = secondCut;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<HomeRoutePlan> scoreDirector) {
    int firstSize = first.getVisits().size();
    int secondSize = second.getVisits().size();
    return firstCut <= firstSize
        && secondCut <= secondSize
        && (firstCut < firstSize || secondCut < secondSize);
  }

  @Override
  protected TailExchangeMove createUndoMove(ScoreDirector<HomeRoutePlan> scoreDirector) {
    return this;
  }

  /**
   * Tells of both changes before making either: a visit moving to the other route must still be
   * where the score director saw it when that route's change is announced.
   */
  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<HomeRoutePlan> scoreDirector) {
    List<HomeVisit> firstVisits = first.getVisits();
    List<HomeVisit> secondVisits = second.getVisits();
    scoreDirector.beforeListVariableChanged(first, VISITS, firstCut, firstVisits.size());
    scoreDirector.beforeListVariableChanged(second, VISITS, secondCut, secondVisits.size());
    List<HomeVisit> firstTail = firstVisits.subList(firstCut, firstVisits.size());
    List<HomeVisit> secondTail = secondVisits.subList(secondCut, secondVisits.size());
    List<HomeVisit> leaving = new ArrayList<>(firstTail);
    firstTail.clear();
    firstTail.addAll(secondTail);
    secondTail.clear();
    secondTail.addAll(leaving);
    scoreDirector.afterListVariableChanged(first, VISITS, firstCut, firstVisits.size());
    scoreDirector.afterListVariableChanged(second, VISITS, secondCut, secondVisits.size());
  }

  @Override
  public TailExchangeMove rebase(ScoreDirector<HomeRoutePlan> destinationScoreDirector) {
    return new TailExchangeMove(
        destinationScoreDirector.lookUpWorkingObject(first),
        firstCut,
        destinationScoreDirector.lookUpWorkingObject(second),
        secondCut);
  }

  @Override
  public Collection<NurseRoute> getPlanningEntities() {
    return List.of(first, second);
  }

  /** The visits of both tails; the same before and after the move, on the other route. */
  @Override
  public Collection<HomeVisit> getPlanningValues() {
    List<HomeVisit> tails = new ArrayList<>();
    tails.addAll(first.getVisits().subList(firstCut, first.getVisits().size()));
    tails.addAll(second.getVisits().subList(secondCut, second.getVisits().size()));
    return tails;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TailExchangeMove move
        && first == move.first
        && firstCut == move.firstCut
        && second == move.second
        && secondCut == move.secondCut;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, firstCut, second, secondCut);
  }

  @Override
  public String toString() {
    return "2-opt* " + first + "@" + firstCut + " <-> " + second + "@" + secondCut;
  }
}
