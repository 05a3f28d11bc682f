package org.careroute.domain.model.audit;

/** What was done to a record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  CANCEL,
  RESCHEDULE,
  APPROVE,
  DECLINE,
  DELETE,
  PUBLISH
}
