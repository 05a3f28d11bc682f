package org.careroute.application.internal.access;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.domain.model.audit.AuditAction;

/**
 * Audits a refused read in a transaction of its own: the refusal rolls back the caller's
 * transaction, and the audit must outlive it.
 */
@Stateless
public class RefusedReadAudit {

  @Inject AuditRecorder audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(Caller caller, String recordType, Object recordId) {
    audit.record(caller, AuditAction.REFUSE, recordType, recordId);
  }
}
