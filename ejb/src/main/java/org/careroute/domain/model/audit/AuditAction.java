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
  /** Access was refused: a nurse asked for a patient outside her care without a reason. */
  REFUSE,
  /** A nurse read a patient outside her care, giving a reason ("break the glass"). */
  BREAK_GLASS,
  PUBLISH
}
