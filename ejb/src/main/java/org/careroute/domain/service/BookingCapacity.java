package org.careroute.domain.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.booking.BookingRequest;
import org.careroute.domain.model.booking.Placement;

/**
 * Whether the practice can keep a promise: the seam between booking and planning. The first
 * implementation fits sessions into the committed day as it stands; the planner replaces it with
 * the solver's own constraints without booking noticing.
 */
public interface BookingCapacity {

  /**
   * A placement for the request, against everything already committed at its clinic. Call it with
   * the clinic locked for booking, in the transaction that stores the result.
   *
   * @param movingAppointmentId an appointment being moved, whose current place counts as free; or
   *     null
   */
  Optional<Placement> place(BookingRequest request, Long movingAppointmentId);

  /**
   * The windows, between two days inclusive and starting no sooner than {@code notBefore}, in which
   * {@code template}'s session could be placed, each with its placement and cost; earliest first.
   */
  List<Offer> offer(
      BookingRequest template, LocalDate firstDay, LocalDate lastDay, Instant notBefore);
}
