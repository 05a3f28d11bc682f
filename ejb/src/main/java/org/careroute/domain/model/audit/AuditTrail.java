package org.careroute.domain.model.audit;

import java.util.List;

public interface AuditTrail {

  void record(AuditEvent event);

  List<AuditEvent> findForRecord(String recordType, String recordId);
}
