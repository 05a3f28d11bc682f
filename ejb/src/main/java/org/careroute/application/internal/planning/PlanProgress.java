package org.careroute.application.internal.planning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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

  @Resource ManagedExecutorService executor;

  /** The watchers of one day, and the last stored snapshot they heard of. */
  private static final class Watchers {
    final PlanKey key;
    final List<Consumer<PlanView>> listeners = new CopyOnWriteArrayList<>();
    volatile long serialHeard = -1;

    /** A view of this node's solve is being made, and whether the solve moved on since. */
    final AtomicBoolean telling = new AtomicBoolean();

    final AtomicBoolean moved = new AtomicBoolean();

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

  /**
   * A solve of this node found a better plan (or ended). Called on the solver's thread, so the view
   * is made on another; improvements that come while it is made are told with the next one.
   */
  void improved(DaySolve solve) {
    Watchers watchers = watched.get(solve.key().id());
    if (watchers == null) {
      return;
    }
    watchers.moved.set(true);
    if (watchers.telling.compareAndSet(false, true)) {
      executor.submit(() -> tellWhileMoving(watchers, solve));
    }
  }

  /** Tells the solve's latest state until it stops moving; its end is never left untold. */
  private void tellWhileMoving(Watchers watchers, DaySolve solve) {
    do {
      try {
        while (watchers.moved.getAndSet(false)) {
          tell(watchers, views.of(solve, null));
        }
      } finally {
        watchers.telling.set(false);
      }
    } while (watchers.moved.get() && watchers.telling.compareAndSet(false, true));
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
