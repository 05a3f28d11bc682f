package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanWatching;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.planning.day.DaySolve;

/**
 * Relays each better plan to this node's watchers: at once from a solve of this node, and from a
 * solve on another node when the shared store shows a new snapshot of it (checked every second by
 * the {@link PlanJobWorker}, only for days someone here watches).
 */
@ApplicationScoped
public class PlanProgress implements PlanWatching {

  private static final Logger LOG = Logger.getLogger(PlanProgress.class.getName());

  @Inject PlanJobs jobs;

  @Inject DayViews views;

  /** The watchers of one day, and the last stored snapshot they heard of. */
  private static final class Watchers {
    final PlanKey key;
    final List<Consumer<PlanView>> listeners = new CopyOnWriteArrayList<>();
    volatile long serialHeard = -1;

    Watchers(PlanKey key) {
      this.key = key;
    }
  }

  private final Map<String, Watchers> watched = new ConcurrentHashMap<>();

  @Override
  public AutoCloseable watch(PlanKey key, Consumer<PlanView> onPlan) {
    Watchers watchers = watched.computeIfAbsent(key.id(), id -> new Watchers(key));
    watchers.listeners.add(onPlan);
    jobs.find(key).ifPresent(job -> watchers.serialHeard = job.snapshotSerial());
    return () -> {
      watchers.listeners.remove(onPlan);
      watched.computeIfPresent(key.id(), (id, w) -> w.listeners.isEmpty() ? null : w);
    };
  }

  /** A solve of this node found a better plan (or ended). */
  void improved(DaySolve solve) {
    Watchers watchers = watched.get(solve.key().id());
    if (watchers != null) {
      tell(watchers, views.of(solve, null));
    }
  }

  /**
   * New snapshots stored by other nodes, for the days watched here that this node does not solve.
   */
  void relay(Set<String> solvedHere) {
    List<PlanKey> elsewhere =
        watched.values().stream()
            .filter(w -> !solvedHere.contains(w.key.id()))
            .map(w -> w.key)
            .toList();
    for (PlanJob job : jobs.find(elsewhere)) {
      Watchers watchers = watched.get(job.key());
      if (watchers != null && watchers.serialHeard != job.snapshotSerial()) {
        watchers.serialHeard = job.snapshotSerial();
        jobs.stored(job.plan()).map(views::of).ifPresent(view -> tell(watchers, view));
      }
    }
  }

  private static void tell(Watchers watchers, PlanView view) {
    for (Consumer<PlanView> listener : watchers.listeners) {
      try {
        listener.accept(view);
      } catch (RuntimeException e) {
        LOG.fine(() -> "A plan watcher failed: " + e.getClass().getName());
      }
    }
  }
}
