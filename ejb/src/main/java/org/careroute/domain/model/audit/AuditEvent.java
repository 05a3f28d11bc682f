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

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  /**
   * Why, where the action alone does not say it: the reason a reader outside the patient's care
   * gave, or why access was refused. Never health data.
   */
  @Column(length = REASON_LENGTH)
  private String reason;

  static final int REASON_LENGTH = 250;

  protected AuditEvent() {}

  public AuditEvent(
      String actor, AuditAction action, String recordType, Object recordId, Instant occurredAt) {
    this.actor = actor;
    this.action = action.name();
    this.recordType = recordType;
    this.recordId = String.valueOf(recordId);
    this.occurredAt = occurredAt;
  }

  /** An event with why it happened (cut to the column's length). */
  public AuditEvent(
      String actor,
      AuditAction action,
      String recordType,
      Object recordId,
      Instant occurredAt,
      String reason) {
    this(actor, action, recordType, recordId, occurredAt);
    this.reason =
        reason == null || reason.length() <= REASON_LENGTH
            ? reason
            : reason.substring(0, REASON_LENGTH);
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

  public Instant occurredAt() {
    return occurredAt;
  }

  public String reason() {
    return reason;
  }
}
