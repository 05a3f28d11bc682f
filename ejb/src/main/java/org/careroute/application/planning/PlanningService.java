package org.careroute.application.planning;

import jakarta.validation.constraints.NotNull;
import org.careroute.application.Caller;
import org.careroute.domain.model.practice.PlanKey;

/** The dispatcher's optimizer for one clinic's day. */
public interface PlanningService {

  /**
   * Queues the day's optimisation from its bookings (a running one of the day is superseded): a
   * node of the cluster with room takes it, this one first; {@link PlanWatching} hears each better
   * plan.
   */
  PlanView startSolving(@NotNull Caller caller, @NotNull PlanKey key);

  /** Stops the day's optimisation on whichever node runs it; its best plan stays. */
  void stopSolving(@NotNull PlanKey key);

  /**
   * The best plan found so far (by any node), or the day as booked when nobody asked to optimise it
   * or its plan was published.
   */
  PlanView plan(@NotNull PlanKey key);

  /**
   * Pins or unpins an appointment of the day: re-planning keeps a pinned one's committed nurse,
   * chair and start, and publishing publishes it there. A running solve is told; a finished plan
   * that has the appointment elsewhere is set aside.
   *
   * @return false when a finished plan of the day was set aside because it moved the pinned
   *     appointment
   */
  boolean pin(@NotNull Caller caller, @NotNull PlanKey key, long appointmentId, boolean pinned);

  /**
   * Writes the best plan's assignments to the appointments, all or nothing, without overwriting
   * concurrent changes; audited as the caller's.
   */
  PublishResult publish(@NotNull Caller caller, @NotNull PlanKey key);
}
