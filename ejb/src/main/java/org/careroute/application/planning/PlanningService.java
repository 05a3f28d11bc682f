package org.careroute.application.planning;

import jakarta.validation.constraints.NotNull;
import java.util.function.Consumer;

/** The dispatcher's optimizer for one clinic's day. */
public interface PlanningService {

  /** Starts optimising in the background; {@code onBestPlan} hears every improvement. */
  PlanView startSolving(@NotNull PlanKey key, Consumer<PlanView> onBestPlan);

  void stopSolving(@NotNull PlanKey key);

  /** The best plan found so far, or the day as booked when none is being optimised. */
  PlanView plan(@NotNull PlanKey key);

  /** Writes the best plan's assignments to the appointments, without overwriting concurrent changes. */
  PublishResult publish(@NotNull PlanKey key);
}
