package org.careroute.application.internal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.careroute.application.audit.RefusedAccessAudit;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.domain.model.audit.AuditAction;

@Stateless
public class DefaultRefusedAccessAudit implements RefusedAccessAudit {

  @Inject AuditRecorder audit;

  /** A refusal is recorded even when the refused work rolled back. */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(String actor, String request, String reason) {
    audit.record(actor, AuditAction.REFUSE, RECORD_TYPE, request, reason);
  }
}
