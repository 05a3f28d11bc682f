package org.careroute.planning.route.solver;

import java.util.Iterator;
import java.util.Random;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin and recreate moves for local search, drawn at random: mostly string removals, now and then a
 * route emptied, so that a tight fleet frees a nurse for the visits still unassigned. Only random
 * selection is offered: the moves are too many to list.
 */
public class RuinRecreateMoveIteratorFactory
    implements MoveIteratorFactory<HomeRoutePlan, RuinRecreateMove> {

  /** How often a move empties a route rather than removing strings. */
  static final double EMPTYING_RATE = 0.1;

  /** How many of each visit's nearest visits a ruin may reach for. */
  static final int NEIGHBOURS_KEPT = 60;

  /** Draws before an iterator gives up on finding a move that changes something. */
  private static final int DRAWS = 20;

  private VisitNeighbours neighbours;

  @Override
  public void phaseStarted(ScoreDirector<HomeRoutePlan> scoreDirector) {
    neighbours =
        new VisitNeighbours(scoreDirector.getWorkingSolution().getVisits(), NEIGHBOURS_KEPT);
  }

  @Override
  public void phaseEnded(ScoreDirector<HomeRoutePlan> scoreDirector) {
    neighbours = null;
  }

  @Override
  public long getSize(ScoreDirector<HomeRoutePlan> scoreDirector) {
    return scoreDirector.getWorkingSolution().getVisits().size();
  }

  @Override
  public Iterator<RuinRecreateMove> createOriginalMoveIterator(
      ScoreDirector<HomeRoutePlan> scoreDirector) {
    throw new UnsupportedOperationException("Ruin and recreate moves are drawn at random only.");
  }

  @Override
  public Iterator<RuinRecreateMove> createRandomMoveIterator(
      ScoreDirector<HomeRoutePlan> scoreDirector, Random random) {
    if (neighbours == null) {
      phaseStarted(scoreDirector);
    }
    RuinAndRecreate builder = new RuinAndRecreate(scoreDirector.getWorkingSolution(), neighbours);
    return new DrawnMoves<>(
        () ->
            random.nextDouble() < EMPTYING_RATE
                ? builder.routeEmptying(random)
                : builder.stringRemoval(random),
        DRAWS);
  }
}
