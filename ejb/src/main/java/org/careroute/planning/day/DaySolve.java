package org.careroute.planning.day;

import java.time.Instant;
import org.careroute.domain.model.practice.PlanKey;

/**
 * One day being optimised, as the application sees it: the best plan so far and how the solve
 * stands.
 */
public interface DaySolve {

  PlanKey key();

  /**
   * The best plan found so far; the day as it stood when the solve started until the first
   * improvement.
   */
  DayProblem best();

  boolean isSolving();

  boolean hasFailed();

  Instant startedAt();
}
