package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroute.application.internal.planning.DayFacts;
import org.careroute.application.internal.planning.DayProblemBuilder;
import org.careroute.application.internal.planning.KeptDay;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.service.BookingCapacity;
import org.careroute.domain.service.CapacitySnapshot;
import org.careroute.domain.service.Offer;
import org.careroute.planning.day.DayOptimizer;

/**
 * Booking against the plan: the first fit proposes a placement, the planner's own constraints judge
 * it. A booking or an offered window stands only if, added to the day as planned, it breaks no hard
 * rule and leaves nothing unplaced that was placed; offers carry what they would cost the plan
 * (extra travel, waiting, imbalance), so the best can be shown first.
 *
 * <p>Booking asks here by name (the booking services inject this class). Each day is judged as a
 * kept, scored working plan ({@link KeptDay}): offers come from this node's kept days of what is
 * committed, while their revision stands ({@link KeptDays}); a booking, under its days' locks, is
 * judged on the day as its transaction sees it, read anew.
 */
@ApplicationScoped
public class PlanCheckedBookingCapacity implements BookingCapacity {

  /** Proposes: the committed day's first fit, which never moves what is placed. */
  @Inject FirstFitBookingCapacity firstFit;

  @Inject DayProblemBuilder builder;

  /** Judges: the planner's own constraints, on a working plan of the day. */
  @Inject DayOptimizer optimizer;

  @Inject KeptDays keptDays;

  /** Places held for waiting patients, read anew: an offer bumps no revision. */
  @Inject WaitlistHolds holds;

  @Inject Clock clock;

  @Override
  public Optional<Placement> place(BookingRequest request, Long movingAppointmentId) {
    return firstFit
        .place(request, movingAppointmentId)
        .filter(
            placement -> {
              DayFacts day =
                  builder
                      .facts(
                          keyOf(request.clinic(), request.clinic().dayOf(request.window().start())))
                      .without(movingAppointmentId);
              return builder
                  .keep(day, optimizer)
                  .cost(request, placement, clock.instant())
                  .isPresent();
            });
  }

  @Override
  public List<Offer> offer(
      BookingRequest template, LocalDate firstDay, LocalDate lastDay, Instant notBefore) {
    Clinic clinic = template.clinic();
    Instant now = clock.instant();
    List<Offer> offers = new ArrayList<>();
    for (KeptDay day : keptDays.days(clinic, firstDay, lastDay)) {
      LocalDate date = day.facts().key().day();
      CapacitySnapshot committed =
          holds.added(
              new CapacitySnapshot(clinic, day.facts().shifts(), day.facts().booked()),
              date,
              template.patient());
      for (Offer offer : firstFit.offerOn(template, date, committed, notBefore)) {
        day.cost(template.withWindow(offer.window()), offer.placement(), now)
            .ifPresent(cost -> offers.add(offer.withCost(cost)));
      }
    }
    return offers;
  }

  private static PlanKey keyOf(Clinic clinic, LocalDate day) {
    return new PlanKey(clinic.id(), day);
  }
}
