package org.careroute.infrastructure.startup;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Times the application's own start-up phases and writes one INFO line for each, so that a slow
 * start shows where its seconds went. Times are measured from the JVM's start (RuntimeMXBean), the
 * same clock the "ready" line uses; the lines name phases only, never data.
 */
public final class StartupPhases {

  private static final Logger LOG = Logger.getLogger(StartupPhases.class.getName());

  /** When the last timed phase ended, in ms since the JVM started; 0 before the first. */
  private static volatile long lastPhaseEnd;

  private StartupPhases() {}

  /** Milliseconds since this JVM started. */
  public static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /** Runs one phase and logs how long it took. */
  public static <T> T timed(String phase, Supplier<T> work) {
    long start = sinceJvmStart();
    if (lastPhaseEnd == 0) {
      // Everything before the first bean of the application: the server's boot and the
      // deployment's own (class loading, CDI, Hibernate's persistence unit).
      log("server boot and deployment until the application's first bean", start);
    }
    try {
      return work.get();
    } finally {
      long end = sinceJvmStart();
      log(phase, end - start);
      lastPhaseEnd = end;
    }
  }

  /** Runs one phase that gives nothing back and logs how long it took. */
  public static void timed(String phase, Runnable work) {
    timed(
        phase,
        () -> {
          work.run();
          return null;
        });
  }

  /** Logs the time since the last timed phase as a phase of its own. */
  public static void sinceLastPhase(String phase) {
    long now = sinceJvmStart();
    log(phase, lastPhaseEnd == 0 ? now : now - lastPhaseEnd);
    lastPhaseEnd = now;
  }

  /** The final line: the application answers from now on. */
  public static void ready() {
    long now = sinceJvmStart();
    LOG.info(
        () ->
            String.format(
                "Start-up: CareRoute ready in %.1f s after the JVM started.", now / 1000.0));
  }

  private static void log(String phase, long millis) {
    LOG.info(() -> "Start-up phase \"" + phase + "\" took " + millis + " ms.");
  }
}
