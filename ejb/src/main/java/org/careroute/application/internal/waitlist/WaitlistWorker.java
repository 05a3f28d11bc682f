package org.careroute.application.internal.waitlist;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passes on the offers nobody answered in time: every {@code careroute.waitlist.check-seconds} it
 * claims expired offers (each once across the cluster), ends them, and offers their places to the
 * next waiting patients.
 */
@Singleton
@Startup
// The waitlist lives in the schema the migrations make.
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WaitlistWorker {

  private static final Logger LOG = Logger.getLogger(WaitlistWorker.class.getName());

  @Inject ExpiredOffers expired;

  @Inject FreedPlaces places;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.check-seconds", defaultValue = "10")
  long checkSeconds;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> ticking;

  @PostConstruct
  void start() {
    ticking =
        scheduler.scheduleWithFixedDelay(
            this::passOnExpired, checkSeconds, checkSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ticking.cancel(false);
  }

  private void passOnExpired() {
    try {
      List<FreedPlace> freed;
      do {
        freed = expired.end();
        freed.forEach(places::passOn);
      } while (!freed.isEmpty());
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The next round tries again.
      LOG.warning(() -> "Waitlist round failed: " + e.getClass().getName());
    }
  }
}
