package org.careroute.application.internal.mail;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.careroute.application.internal.planning.ClusterNode;
import org.careroute.application.mail.MailDeliveryException;
import org.careroute.application.mail.MailTransport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's share of the cluster's mail: every {@code careroute.mail.poll-millis} each of its
 * senders claims due messages (a claim no other sender, here or on another node, can also make),
 * sends them one by one and records each result; a failed message waits longer after each failure.
 * Without a mail server configured, due messages are marked as not sent and stay listed.
 */
@Singleton
@Startup
// The outbox lives in the schema the migrations make.
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @Inject OutboxClaims outbox;

  @Inject MailTransport transport;

  @Inject MailSettings settings;

  @Inject ClusterNode node;

  @Inject
  @ConfigProperty(name = "careroute.mail.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Resource ManagedScheduledExecutorService scheduler;

  private final List<ScheduledFuture<?>> senders = new ArrayList<>();

  @PostConstruct
  void start() {
    for (int i = 1; i <= settings.sendersPerNode(); i++) {
      // Each sender claims in its own name, so that its lease is its own.
      String sender = node.name() + "/mail-" + i;
      senders.add(
          scheduler.scheduleWithFixedDelay(
              () -> sendDue(sender), pollMillis, pollMillis, TimeUnit.MILLISECONDS));
    }
  }

  @PreDestroy
  void stop() {
    senders.forEach(s -> s.cancel(false));
  }

  private void sendDue(String sender) {
    try {
      List<OutboxClaims.Claimed> claimed;
      do {
        claimed = outbox.claim(sender);
        claimed.forEach(message -> send(sender, message));
      } while (!claimed.isEmpty());
    } catch (RuntimeException e) {
      // Only the type: a message may quote data. The next round tries again.
      LOG.warning(() -> "Mail round failed: " + e.getClass().getName());
    }
  }

  private void send(String sender, OutboxClaims.Claimed message) {
    if (!message.wanted()) {
      outbox.notSent(message.id(), sender, OutboxClaims.TURNED_OFF);
    } else if (!transport.isConfigured()) {
      outbox.notSent(message.id(), sender, OutboxClaims.NO_MAIL_SERVER);
    } else {
      try {
        transport.send(message.mail());
        outbox.sent(message.id(), sender);
      } catch (MailDeliveryException e) {
        outbox.failed(message.id(), sender, message.attempt(), e.getMessage());
      }
    }
  }
}
