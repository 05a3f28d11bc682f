package org.careroute.application.internal.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.careroute.application.audit.AuditEventView;
import org.careroute.application.audit.AuditQueryService;
import org.careroute.domain.model.audit.AuditTrail;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultAuditQueryService implements AuditQueryService {

  @Inject AuditTrail trail;

  @Override
  public List<AuditEventView> eventsFor(String recordType, String recordId) {
    return trail.findForRecord(recordType, recordId).stream().map(AuditEventView::of).toList();
  }
}
