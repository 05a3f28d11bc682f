package org.careroute.application.audit;

import java.time.Instant;
import org.careroute.domain.model.audit.AuditEvent;

/** One audit event; times in UTC; {@code reason} when the actor had to give one. */
public record AuditEventView(
    String actor,
    String action,
    String recordType,
    String recordId,
    Instant occurredAt,
    String reason) {

  public static AuditEventView of(AuditEvent e) {
    return new AuditEventView(
        e.actor(), e.action(), e.recordType(), e.recordId(), e.occurredAt(), e.reason());
  }
}
