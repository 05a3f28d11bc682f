package org.careroute.infrastructure.planning;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * The solves this node runs, each an OptaPlanner solver on a thread of the server's, under an id.
 * Solvers are driven directly rather than through OptaPlanner 10.2's SolverManager: its
 * final-solution hand-over can wait for ever on a consumer that never releases its turn (seen after
 * problem changes), which then holds the manager's only thread and every solve queued behind it.
 * Here a better solution is handed over on the solver thread as it is found, stopping never waits,
 * and a stuck hand-over cannot exist.
 */
final class SolverRuns implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SolverRuns.class.getName());

  /** A solver and whether it was asked to stop (before it even started, perhaps). */
  private static final class Run {
    final Solver<?> solver;
    volatile boolean stopped;

    Run(Solver<?> solver) {
      this.solver = solver;
    }
  }

  private final ExecutorService threads;
  private final Map<String, Run> running = new ConcurrentHashMap<>();

  SolverRuns(ThreadFactory threadFactory, int threadCount) {
    this.threads = Executors.newFixedThreadPool(threadCount, threadFactory);
  }

  /**
   * Solves {@code problem}; {@code onBest} hears each better solution that holds every problem
   * change handed in so far, {@code onEnd} the final one, {@code onFailure} what went wrong.
   */
  <S> void solve(
      String id,
      SolverFactory<S> factory,
      S problem,
      Consumer<S> onBest,
      Consumer<S> onEnd,
      Consumer<Throwable> onFailure) {
    Solver<S> solver = factory.buildSolver();
    Run run = new Run(solver);
    solver.addEventListener(
        event -> {
          if (run.stopped) {
            // Asked to stop while it was starting: the solver forgets a stop that came before.
            solver.terminateEarly();
          }
          if (event.isEveryProblemChangeProcessed()) {
            onBest.accept(event.getNewBestSolution());
          }
        });
    running.put(id, run);
    threads.submit(
        () -> {
          try {
            if (!run.stopped) {
              onEnd.accept(solver.solve(problem));
            } else {
              onEnd.accept(problem);
            }
          } catch (RuntimeException | Error e) {
            onFailure.accept(e);
          } finally {
            running.remove(id, run);
          }
        });
  }

  /** Asks the solve to stop after its current step; returns at once. */
  void stop(String id) {
    Run run = running.get(id);
    if (run != null) {
      run.stopped = true;
      run.solver.terminateEarly();
    }
  }

  @SuppressWarnings("unchecked")
  <S> void change(String id, ProblemChange<S> change) {
    Run run = running.get(id);
    if (run != null && !run.stopped) {
      ((Solver<S>) run.solver).addProblemChange(change);
    }
  }

  @Override
  public void close() {
    running.keySet().forEach(this::stop);
    threads.shutdown();
    LOG.fine(() -> "Solver threads shut down");
  }
}
