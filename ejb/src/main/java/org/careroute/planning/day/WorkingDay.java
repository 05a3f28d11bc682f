package org.careroute.planning.day;

import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A day's plan kept scored by the solver's own constraints, so that a candidate is judged by what
 * it changes rather than by scoring the whole day again. Not safe for concurrent use: its owner
 * asks one question at a time.
 */
public interface WorkingDay {

  /** Both problems of the day as planned. */
  HardMediumSoftLongScore score();

  /**
   * The day with {@code candidate} (placed on this day's own chairs and shifts) added to its
   * sessions: inserted into the working plan, scored incrementally, then taken out again.
   */
  HardMediumSoftLongScore scoreWith(ClinicSession candidate);

  /** The day with its routes replaced by {@code routes} (the same day with one visit more). */
  HardMediumSoftLongScore scoreWith(HomeRoutePlan routes);
}
