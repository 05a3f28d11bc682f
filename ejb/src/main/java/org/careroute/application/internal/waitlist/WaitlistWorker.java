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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code careroute.waitlist.check-seconds}: ends the offers nobody answered in time (each
 * claimed once across the cluster), which frees their places, and then offers the freed places that
 * are due, whether a nudge after their commit missed them (the node stopped, the offer failed) or
 * not.
 */
@Singleton
@Startup
// The waitlist lives in the schema the migrations make.
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WaitlistWorker {

  private static final Logger LOG = Logger.getLogger(WaitlistWorker.class.getName());

  @Inject ExpiredOffers expired;

  @Inject FreedPlaceRounds freedPlaces;

  @Inject
  @ConfigProperty(name = "careroute.waitlist.check-seconds", defaultValue = "10")
  long checkSeconds;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> ticking;

  @PostConstruct
  void start() {
    ticking =
        scheduler.scheduleWithFixedDelay(this::round, checkSeconds, checkSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ticking.cancel(false);
  }

  private void round() {
    try {
      while (expired.end() > 0) {
        // Each batch of ended offers commits before the next is claimed.
      }
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The next round tries again.
      LOG.warning(() -> "Waitlist round failed: " + e.getClass().getName());
    }
    freedPlaces.offerDue();
  }
}
