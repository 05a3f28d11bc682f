package org.careroute.planning.route.solver;

import java.util.Iterator;
import java.util.NoSuchElementException;
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
    return new RandomMoves(
        new RuinAndRecreate(scoreDirector.getWorkingSolution(), neighbours), random);
  }

  /** Moves drawn one at a time from the plan as it stands when each is asked for. */
  static final class RandomMoves implements Iterator<RuinRecreateMove> {
    private final RuinAndRecreate builder;
    private final Random random;
    private RuinRecreateMove next;

    RandomMoves(RuinAndRecreate builder, Random random) {
      this.builder = builder;
      this.random = random;
    }

    @Override
    public boolean hasNext() {
      for (int draw = 0; next == null && draw < DRAWS; draw++) {
        next =
            random.nextDouble() < EMPTYING_RATE
                ? builder.routeEmptying(random)
                : builder.stringRemoval(random);
      }
      return next != null;
    }

    @Override
    public RuinRecreateMove next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RuinRecreateMove move = next;
      next = null;
      return move;
    }
  }
}
