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
  PUBLISH,
  /**
   * Access refused: a wrong password, a missing role, a write from another site, a nurse asking for
   * a patient outside her care without a reason.
   */
  REFUSE,
  /** A nurse read a patient outside her care, giving a reason ("break the glass"). */
  BREAK_GLASS,
  /** A login locked after too many failures. */
  LOCK,
  UNLOCK
}
