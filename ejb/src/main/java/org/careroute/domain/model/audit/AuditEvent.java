package org.careroute.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who did what to which record, and when (UTC): the root of the AuditEvent aggregate. Events are
 * written in the transaction of the read or change they record and are never updated. They name
 * records by type and id only; the data itself stays where it is.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(name = "record_type", nullable = false, length = 40)
  private String recordType;

  @Column(name = "record_id", nullable = false, length = 254)
  private String recordId;

  /** Why, where the action alone does not say it (a refusal's reason); never health data. */
  @Column(length = 200)
  private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected AuditEvent() {}

  public AuditEvent(
      String actor, AuditAction action, String recordType, Object recordId, Instant occurredAt) {
    this.actor = actor;
    this.action = action.name();
    this.recordType = recordType;
    this.recordId = String.valueOf(recordId);
    this.occurredAt = occurredAt;
  }

  public AuditEvent(
      String actor,
      AuditAction action,
      String recordType,
      Object recordId,
      String detail,
      Instant occurredAt) {
    this(actor, action, recordType, recordId, occurredAt);
    this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String recordType() {
    return recordType;
  }

  public String recordId() {
    return recordId;
  }

  public String detail() {
    return detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
