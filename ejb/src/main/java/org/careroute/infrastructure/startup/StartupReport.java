package org.careroute.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The last of the application's start-up beans: it waits for every other one, so its line says when
 * the application as a whole was ready, and the time the workers took to start.
 */
@Singleton
@Startup
@DependsOn({
  "DatabaseMigrator",
  "DemoPracticeLoader",
  "PlanJobWorker",
  "OutboxSender",
  "WaitlistWorker"
})
public class StartupReport {

  @PostConstruct
  void report() {
    StartupPhases.sinceLastPhase("plan job, outbox and waitlist workers");
    StartupPhases.ready();
  }
}
