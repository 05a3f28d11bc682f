package org.careroute.application.clock;

import java.time.Instant;

/**
 * Moves the time every part of the application reads (the one injected {@link java.time.Clock}), so
 * that a test can reach a reminder's due time without waiting two days. Only a server started with
 * {@code careroute.test.movable-clock=true} lets it move; everywhere else it refuses.
 */
public interface ClockControl {

  /** Whether this server was started with a movable clock. */
  boolean movable();

  /** The application's now. */
  Instant now();

  /**
   * From here on the application's now is {@code now} plus the time passed since this call.
   *
   * @throws IllegalStateException when the clock is not movable
   */
  Instant moveTo(Instant now);

  /** Back to the real time. */
  Instant reset();
}
