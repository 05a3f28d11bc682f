package org.careroute.application.internal.planning;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.WorkingDay;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A clinic day read once and kept as a scored working plan, to judge booking candidates against: a
 * candidate stands if, added to the day as planned, it breaks no hard rule and leaves nothing
 * unplaced that was placed; it costs the plan what the soft score loses. The problem it keeps was
 * assembled at one moment and stays the problem of the day until {@link #stableUntil()} (nothing of
 * it is fixed or narrowed by the passing of time before then). One question at a time.
 */
public final class KeptDay {

  private final DayFacts facts;
  private final PlanningGoals goals;
  private final Supplier<DayProblemAssembler> assemblers;
  private final ClinicDayPlan sessions;
  private final WorkingDay working;
  private final HardMediumSoftLongScore asPlanned;
  private final Instant stableUntil;

  KeptDay(
      DayFacts facts,
      PlanningGoals goals,
      Supplier<DayProblemAssembler> assemblers,
      Instant now,
      Function<DayProblem, WorkingDay> keeper) {
    this.facts = facts;
    this.goals = goals;
    this.assemblers = assemblers;
    DayProblemAssembler assembler = assemblers.get();
    DayProblem problem = assembler.assemble(facts, List.of(), now, goals);
    this.sessions = problem.sessions();
    this.stableUntil = assembler.stableUntil(facts, now);
    this.working = keeper.apply(problem);
    this.asPlanned = working.score();
  }

  public DayFacts facts() {
    return facts;
  }

  /** Until when (exclusive) the kept problem is the day's problem, as far as time goes. */
  public Instant stableUntil() {
    return stableUntil;
  }

  /**
   * What {@code placement} of {@code request} costs the day's plan, or nothing when the plan cannot
   * take it.
   */
  public synchronized OptionalLong cost(BookingRequest request, Placement placement, Instant now) {
    Appointment candidate = new Appointment(request, placement, true, now);
    HardMediumSoftLongScore with;
    // A fresh assembler per candidate: it numbers the day's hypothetical entities from one.
    DayProblemAssembler assembler = assemblers.get();
    if (request.setting() == CareSetting.CLINIC) {
      ClinicSession session =
          assembler.session(candidate, null, sessions.getChairs(), sessions.getShifts(), now);
      session.offer(sessions.getChairs(), sessions.getShifts());
      with = working.scoreWith(session);
    } else {
      with = working.scoreWith(assembler.routes(facts, List.of(candidate), now, goals));
    }
    return costOf(asPlanned, with);
  }

  /** What changes from {@code asPlanned} to {@code with} cost, when it breaks nothing. */
  static OptionalLong costOf(HardMediumSoftLongScore asPlanned, HardMediumSoftLongScore with) {
    if (with.hardScore() < asPlanned.hardScore() || with.mediumScore() < asPlanned.mediumScore()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(asPlanned.softScore() - with.softScore());
  }
}
