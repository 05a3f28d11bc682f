package org.careroute.domain.model.audit;

/** What was done to a record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  CANCEL,
  RESCHEDULE,
  APPROVE,
  DELETE,
  PUBLISH,
  /** Access refused: a wrong password, a missing role, a write from another site. */
  REFUSE,
  /** A login locked after too many failures. */
  LOCK,
  UNLOCK
}
