package org.careroute.application.internal.planning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.planning.day.DayOptimizer;

/**
 * Feeds bookings, moves and cancellations to the solves running for their clinic, so that nothing
 * booked meanwhile is lost or overwritten when the plan is published; a nurse off sick restarts the
 * day's solves without the nurse. Nothing is handed over before the change has committed: the
 * hand-over itself ({@link DayReplanning}) reads the committed day in a transaction of its own.
 */
@ApplicationScoped
public class PlanningFeed {

  @Inject DayOptimizer optimizer;

  @Inject DayReplanning replanning;

  @Inject PlanJobs jobs;

  @Inject ClusterNode node;

  @Resource ManagedExecutorService executor;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged change) {
    // Solves of the clinic's days on other nodes re-plan from the bookings when they next renew
    // their lease; a solve of this node takes the change in at once.
    executor.submit(() -> jobs.changed(change.clinicId(), node.name()));
    if (!optimizer.solvingAt(change.clinicId()).isEmpty()) {
      executor.submit(() -> replanning.takeIn(change));
    }
  }

  void onCalledOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) NurseCalledOff calledOff) {
    optimizer
        .solve(calledOff.key())
        .ifPresent(
            solve -> {
              if (solve.isSolving()) {
                executor.submit(() -> replanning.replanDay(calledOff.key()));
              } else {
                // A finished plan that still counts on the nurse must not be published.
                optimizer.forget(calledOff.key());
              }
            });
  }
}
