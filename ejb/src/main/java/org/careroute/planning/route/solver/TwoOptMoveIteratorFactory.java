package org.careroute.planning.route.solver;

import java.util.Iterator;
import java.util.Random;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * 2-opt and 2-opt* moves between near visits, drawn at random: what OptaPlanner's k-opt list move
 * does for a route's order, in moves that undo and rebase exactly, so that they also run under move
 * threads (OptaPlanner 10.2's k-opt breaks its own undo there).
 */
public class TwoOptMoveIteratorFactory
    implements MoveIteratorFactory<HomeRoutePlan, Move<HomeRoutePlan>> {

  /** How many of each visit's nearest visits a move may join it to. */
  static final int NEAREST = 40;

  /** Draws before an iterator gives up on finding a move that changes something. */
  private static final int DRAWS = 50;

  private VisitNeighbours neighbours;

  @Override
  public void phaseStarted(ScoreDirector<HomeRoutePlan> scoreDirector) {
    neighbours = new VisitNeighbours(scoreDirector.getWorkingSolution().getVisits(), NEAREST);
  }

  @Override
  public void phaseEnded(ScoreDirector<HomeRoutePlan> scoreDirector) {
    neighbours = null;
  }

  @Override
  public long getSize(ScoreDirector<HomeRoutePlan> scoreDirector) {
    return (long) scoreDirector.getWorkingSolution().getVisits().size() * NEAREST;
  }

  @Override
  public Iterator<Move<HomeRoutePlan>> createOriginalMoveIterator(
      ScoreDirector<HomeRoutePlan> scoreDirector) {
    throw new UnsupportedOperationException("2-opt moves are drawn at random only.");
  }

  @Override
  public Iterator<Move<HomeRoutePlan>> createRandomMoveIterator(
      ScoreDirector<HomeRoutePlan> scoreDirector, Random random) {
    if (neighbours == null) {
      phaseStarted(scoreDirector);
    }
    TwoOptNeighbourhood neighbourhood =
        new TwoOptNeighbourhood(scoreDirector.getWorkingSolution(), neighbours);
    return new DrawnMoves<>(() -> neighbourhood.draw(random), DRAWS);
  }
}
