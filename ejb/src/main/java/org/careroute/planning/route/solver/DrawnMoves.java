package org.careroute.planning.route.solver;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Moves drawn one at a time from the plan as it stands when each is asked for; a draw that finds
 * nothing to change gives null, and after {@code draws} of those in a row the iterator ends.
 */
final class DrawnMoves<M> implements Iterator<M> {
  private final Supplier<M> draw;
  private final int draws;
  private M next;

  DrawnMoves(Supplier<M> draw, int draws) {
    this.draw = draw;
    this.draws = draws;
  }

  @Override
  public boolean hasNext() {
    for (int i = 0; next == null && i < draws; i++) {
      next = draw.get();
    }
    return next != null;
  }

  @Override
  public M next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    M move = next;
    next = null;
    return move;
  }
}
