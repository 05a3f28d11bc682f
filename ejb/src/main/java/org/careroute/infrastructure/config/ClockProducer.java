package org.careroute.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.careroute.application.clock.ClockControl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One clock for the application, in UTC: times are stored in UTC and shown in the clinic's zone. A
 * server started with {@code careroute.test.movable-clock=true} (the in-server tests only) gets a
 * clock shifted by what {@link ClockControl} sets; every other server gets the system clock itself,
 * which nothing can move.
 */
@ApplicationScoped
public class ClockProducer implements ClockControl {

  @Inject
  @ConfigProperty(name = "careroute.test.movable-clock", defaultValue = "false")
  boolean movable;

  private final Clock system = Clock.systemUTC();

  private volatile Duration shift = Duration.ZERO;

  @Produces
  Clock clock() {
    return movable ? new ShiftedClock(this, ZoneOffset.UTC) : system;
  }

  @Override
  public boolean movable() {
    return movable;
  }

  @Override
  public Instant now() {
    return system.instant().plus(shift);
  }

  @Override
  public Instant moveTo(Instant now) {
    if (!movable) {
      throw new IllegalStateException("This server's clock cannot be moved.");
    }
    shift = Duration.between(system.instant(), now);
    return now();
  }

  @Override
  public Instant reset() {
    shift = Duration.ZERO;
    return now();
  }

  /** The system clock plus the shift set now, read at every tick. */
  private static final class ShiftedClock extends Clock {

    private final ClockControl control;
    private final ZoneId zone;

    ShiftedClock(ClockControl control, ZoneId zone) {
      this.control = control;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new ShiftedClock(control, other);
    }

    @Override
    public Instant instant() {
      return control.now();
    }
  }
}
