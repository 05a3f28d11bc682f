package org.careroute.application.planning;

import java.util.function.Consumer;
import org.careroute.domain.model.practice.PlanKey;

/**
 * Live progress of a day's optimisation, wherever in the cluster it runs: the watcher hears each
 * better plan (from a solve on another node, as soon as that node stores it).
 */
public interface PlanWatching {

  /** Until closed, {@code onPlan} hears each better plan of the day and its end. */
  AutoCloseable watch(PlanKey key, Consumer<PlanView> onPlan);
}
