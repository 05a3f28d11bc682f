package org.careroute.application.audit;

import java.time.Instant;
import org.careroute.domain.model.audit.AuditEvent;

/** One audit event; times in UTC. */
public record AuditEventView(
    String actor,
    String action,
    String recordType,
    String recordId,
    String detail,
    Instant occurredAt) {

  public static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.actor(), e.action(), e.recordType(), e.recordId(), e.detail(), e.occurredAt());
  }
}
