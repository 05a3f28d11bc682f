package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.careroute.application.internal.planning.DayFacts;
import org.careroute.application.internal.planning.DayProblemBuilder;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.service.BookingCapacity;
import org.careroute.domain.service.Offer;
import org.careroute.planning.day.DayOptimizer;
import org.careroute.planning.day.DayProblem;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Booking against the plan: the first fit proposes a placement, the planner's own constraints judge
 * it. A booking or an offered window stands only if, added to the day as planned, it breaks no hard
 * rule and leaves nothing unplaced that was placed; offers carry what they would cost the plan
 * (extra travel, waiting, imbalance), so the best can be shown first.
 *
 * <p>Booking asks here by name (the booking services inject this class). OptaPlanner 10 has no
 * recommendation API: this scores the day with and without the candidate through the optimizer's
 * scoring, OptaPlanner's public {@code SolutionManager}.
 */
@ApplicationScoped
public class PlanCheckedBookingCapacity implements BookingCapacity {

  /** Proposes: the committed day's first fit, which never moves what is placed. */
  @Inject FirstFitBookingCapacity firstFit;

  @Inject DayProblemBuilder builder;

  /** Judges: the planner's own constraints score the day with and without the candidate. */
  @Inject DayOptimizer optimizer;

  @Inject Clock clock;

  @Override
  public Optional<Placement> place(BookingRequest request, Long movingAppointmentId) {
    return firstFit
        .place(request, movingAppointmentId)
        .filter(
            placement -> {
              DayFacts day =
                  builder
                      .facts(keyOf(request, request.window().start()))
                      .without(movingAppointmentId);
              return cost(day, score(day, List.of()), request, placement).isPresent();
            });
  }

  @Override
  public List<Offer> offer(
      BookingRequest template, LocalDate firstDay, LocalDate lastDay, Instant notBefore) {
    Map<LocalDate, DayFacts> days = new HashMap<>();
    Map<LocalDate, HardMediumSoftLongScore> asPlanned = new HashMap<>();
    List<Offer> offers = new ArrayList<>();
    for (Offer offer : firstFit.offer(template, firstDay, lastDay, notBefore)) {
      LocalDate date = template.clinic().dayOf(offer.window().start());
      DayFacts day =
          days.computeIfAbsent(date, d -> builder.facts(keyOf(template, offer.window().start())));
      HardMediumSoftLongScore baseline =
          asPlanned.computeIfAbsent(date, d -> score(day, List.of()));
      cost(day, baseline, template.withWindow(offer.window()), offer.placement())
          .ifPresent(cost -> offers.add(offer.withCost(cost)));
    }
    return offers;
  }

  /** What the placement costs the day's plan, or nothing when the plan cannot take it. */
  private OptionalLong cost(
      DayFacts day, HardMediumSoftLongScore baseline, BookingRequest request, Placement placement) {
    HardMediumSoftLongScore with =
        score(day, List.of(new Appointment(request, placement, true, clock.instant())));
    if (with.hardScore() < baseline.hardScore() || with.mediumScore() < baseline.mediumScore()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(baseline.softScore() - with.softScore());
  }

  private HardMediumSoftLongScore score(DayFacts day, List<Appointment> hypothetical) {
    DayProblem problem = optimizer.score(builder.build(day, hypothetical));
    return problem.routes().getScore().add(problem.sessions().getScore());
  }

  private static PlanKey keyOf(BookingRequest request, Instant start) {
    return new PlanKey(request.clinic().id(), request.clinic().dayOf(start));
  }
}
