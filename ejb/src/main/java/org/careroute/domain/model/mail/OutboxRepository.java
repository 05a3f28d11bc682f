package org.careroute.domain.model.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox the whole cluster shares. */
public interface OutboxRepository {

  void add(OutboxMessage message);

  /**
   * Claims up to {@code limit} messages due at {@code now} (or whose sender's lease ran out) for
   * {@code node}: no other node's claim can take the same rows, and none waits for this one.
   */
  List<OutboxMessage> claim(String node, Instant now, Duration lease, int limit);

  /**
   * Records a sent message, if {@code node} still holds it.
   *
   * @return false when the claim was lost (its lease ran out and another node took it)
   */
  boolean sent(long id, String node, Instant at);

  /** Records a failed attempt of a held message: it waits until {@code retryAt}, or fails. */
  boolean failed(long id, String node, String reason, Instant retryAt, int maxAttempts);

  /** Records that a held message will not be sent, and why. */
  boolean notSent(long id, String node, String reason);

  /** The booking's messages of a kind that have not left yet. */
  List<OutboxMessage> pendingAbout(long appointmentId, MailKind kind);

  /** The latest message of any of the kinds about the booking. */
  Optional<OutboxMessage> latestAbout(long appointmentId, List<MailKind> kinds);

  void remove(OutboxMessage message);

  /** The newest messages first. */
  List<OutboxMessage> newest(int limit);
}
