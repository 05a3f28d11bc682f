package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.careroute.domain.shared.WorkLease;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the practice's mail behaves (MicroProfile Config, {@code careroute.mail.*}). */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "careroute.mail.link-base", defaultValue = "http://localhost:8080/")
  String linkBase;

  @Inject
  @ConfigProperty(name = "careroute.mail.reminder-hours", defaultValue = "48,2")
  List<Integer> reminderHours;

  @Inject
  @ConfigProperty(name = "careroute.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "careroute.mail.longest-retry-seconds", defaultValue = "3600")
  long longestRetrySeconds;

  @Inject
  @ConfigProperty(name = "careroute.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "careroute.mail.batch", defaultValue = "20")
  int batch;

  @Inject
  @ConfigProperty(name = "careroute.mail.senders-per-node", defaultValue = "1")
  int sendersPerNode;

  @Inject
  @ConfigProperty(name = "careroute.mail.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  /** The page a link in a mail opens, under the address patients reach the practice at. */
  public String link(String pathAndQuery) {
    return (linkBase.endsWith("/") ? linkBase : linkBase + "/") + pathAndQuery;
  }

  public List<Duration> reminderLeads() {
    return reminderHours.stream().map(Duration::ofHours).toList();
  }

  /** How long a message waits after a failed attempt before it is sent again. */
  public WorkLease.Backoff backoff() {
    return new WorkLease.Backoff(
        Duration.ofSeconds(retrySeconds), Duration.ofSeconds(longestRetrySeconds));
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public int batch() {
    return batch;
  }

  public int sendersPerNode() {
    return Math.max(1, sendersPerNode);
  }

  /** How long a claimed message is its sender's before another may take it. */
  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }
}
