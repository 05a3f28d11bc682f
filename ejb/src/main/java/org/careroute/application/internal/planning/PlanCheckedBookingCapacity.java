package org.careroute.application.internal.planning;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.careroute.application.internal.planning.DayProblemBuilder.DayFacts;
import org.careroute.application.planning.PlanKey;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.service.BookingCapacity;
import org.careroute.domain.service.Offer;
import org.careroute.infrastructure.planning.SolverJobs;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Booking against the plan: the first fit proposes a placement, the planner's own constraints
 * judge it. A booking or an offered window stands only if, added to the day as planned, it breaks
 * no hard rule and leaves nothing unplaced that was placed; offers carry what they would cost the
 * plan (extra travel, waiting, imbalance), so the best can be shown first.
 *
 * <p>OptaPlanner 10 has no recommendation API: this scores the day with and without the candidate
 * through the public {@code SolutionManager}.
 */
// @Dependent makes it a bean where discovery is by annotation; @Decorator alone does not.
@Dependent
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class PlanCheckedBookingCapacity implements BookingCapacity {

  @Inject
  @Delegate
  @Any
  BookingCapacity firstFit;

  @Inject
  DayProblemBuilder builder;

  @Inject
  SolverJobs jobs;

  @Inject
  Clock clock;

  @Override
  public Optional<Placement> place(BookingRequest request, Long movingAppointmentId) {
    return firstFit.place(request, movingAppointmentId).filter(placement -> {
      DayFacts day = builder.facts(keyOf(request, request.window().start())).without(movingAppointmentId);
      return cost(day, score(day, List.of()), request, placement).isPresent();
    });
  }

  @Override
  public List<Offer> offer(BookingRequest template, LocalDate firstDay, LocalDate lastDay, Instant notBefore) {
    Map<LocalDate, DayFacts> days = new HashMap<>();
    Map<LocalDate, HardMediumSoftLongScore> asPlanned = new HashMap<>();
    List<Offer> offers = new ArrayList<>();
    for (Offer offer : firstFit.offer(template, firstDay, lastDay, notBefore)) {
      LocalDate date = template.clinic().dayOf(offer.window().start());
      DayFacts day = days.computeIfAbsent(date, d -> builder.facts(keyOf(template, offer.window().start())));
      HardMediumSoftLongScore baseline = asPlanned.computeIfAbsent(date, d -> score(day, List.of()));
      cost(day, baseline, template.withWindow(offer.window()), offer.placement())
          .ifPresent(cost -> offers.add(offer.withCost(cost)));
    }
    return offers;
  }

  /** What the placement costs the day's plan, or nothing when the plan cannot take it. */
  private OptionalLong cost(DayFacts day, HardMediumSoftLongScore baseline, BookingRequest request,
      Placement placement) {
    HardMediumSoftLongScore with = score(day, List.of(new Appointment(request, placement, true, clock.instant())));
    if (with.hardScore() < baseline.hardScore() || with.mediumScore() < baseline.mediumScore()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(baseline.softScore() - with.softScore());
  }

  private HardMediumSoftLongScore score(DayFacts day, List<Appointment> hypothetical) {
    DayProblem problem = jobs.score(builder.build(day, hypothetical));
    return problem.routes().getScore().add(problem.sessions().getScore());
  }

  private static PlanKey keyOf(BookingRequest request, Instant start) {
    return new PlanKey(request.clinic().id(), request.clinic().dayOf(start));
  }
}
