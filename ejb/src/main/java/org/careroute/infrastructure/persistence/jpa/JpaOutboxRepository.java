package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.mail.MailStatus;
import org.careroute.domain.model.mail.OutboxMessage;
import org.careroute.domain.model.mail.OutboxRepository;

/**
 * The outbox in the shared database. A claim locks due rows with {@code FOR UPDATE SKIP LOCKED} and
 * marks them SENDING under the claiming node's lease in the same transaction, so two nodes (or two
 * senders of one node) never take the same message; what a sender records afterwards is a
 * conditional update only the holder of the claim can make.
 */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<OutboxMessage> claim(String node, Instant now, Duration lease, int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_message"
                    + " WHERE (status = 'PENDING' AND next_attempt_at <= ?1)"
                    + " OR (status = 'SENDING' AND lease_until < ?1)"
                    + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    em.createQuery(
            "UPDATE OutboxMessage m SET m.status = :sending, m.lease.holder = :node,"
                + " m.lease.leaseUntil = :until, m.lease.attempts = m.lease.attempts + 1"
                + " WHERE m.id IN :ids")
        .setParameter("sending", MailStatus.SENDING)
        .setParameter("node", node)
        .setParameter("until", now.plus(lease))
        .setParameter("ids", claimed)
        .executeUpdate();
    return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id IN :ids", OutboxMessage.class)
        .setParameter("ids", claimed)
        .getResultList();
  }

  @Override
  public boolean sent(long id, String node, Instant at) {
    return release(
                id, node, "m.status = :sent, m.sentAt = :at, m.sentBy = :node, m.lastError = NULL")
            .setParameter("sent", MailStatus.SENT)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean failed(long id, String node, String reason, Instant retryAt, int maxAttempts) {
    return release(
                id,
                node,
                "m.status = CASE WHEN m.lease.attempts >= :max THEN :failed ELSE :pending END,"
                    + " m.lease.nextAttemptAt = :retryAt, m.lastError = :reason")
            .setParameter("max", maxAttempts)
            .setParameter("failed", MailStatus.FAILED)
            .setParameter("pending", MailStatus.PENDING)
            .setParameter("retryAt", retryAt)
            .setParameter("reason", reason)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean notSent(long id, String node, String reason) {
    return release(id, node, "m.status = :notSent, m.lastError = :reason")
            .setParameter("notSent", MailStatus.NOT_SENT)
            .setParameter("reason", reason)
            .executeUpdate()
        == 1;
  }

  /**
   * The update that ends a claim with {@code set}: only the node holding the message, while it is
   * being sent, may record what became of it.
   */
  private Query release(long id, String node, String set) {
    return em.createQuery(
            "UPDATE OutboxMessage m SET "
                + set
                + ", m.lease.holder = NULL, m.lease.leaseUntil = NULL"
                + " WHERE m.id = :id AND m.lease.holder = :node AND m.status = :sending")
        .setParameter("id", id)
        .setParameter("node", node)
        .setParameter("sending", MailStatus.SENDING);
  }

  @Override
  public List<OutboxMessage> pendingAbout(long appointmentId, MailKind kind) {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.appointmentId = :appointment"
                + " AND m.kind = :kind AND m.status = :pending",
            OutboxMessage.class)
        .setParameter("appointment", appointmentId)
        .setParameter("kind", kind)
        .setParameter("pending", MailStatus.PENDING)
        .getResultList();
  }

  @Override
  public Optional<OutboxMessage> latestAbout(long appointmentId, List<MailKind> kinds) {
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.appointmentId = :appointment"
                + " AND m.kind IN :kinds ORDER BY m.id DESC",
            OutboxMessage.class)
        .setParameter("appointment", appointmentId)
        .setParameter("kinds", kinds)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void remove(OutboxMessage message) {
    em.remove(message);
  }

  @Override
  public List<OutboxMessage> newest(int limit) {
    return em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.id DESC", OutboxMessage.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
