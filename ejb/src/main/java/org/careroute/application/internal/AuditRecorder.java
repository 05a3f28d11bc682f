package org.careroute.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.careroute.application.Caller;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.audit.AuditEvent;
import org.careroute.domain.model.audit.AuditTrail;

/**
 * Writes an audit event in the caller's transaction, so a rolled-back change leaves no trace
 * either.
 */
@ApplicationScoped
public class AuditRecorder {

  @Inject AuditTrail trail;

  @Inject Clock clock;

  public void record(String actor, AuditAction action, String recordType, Object recordId) {
    trail.record(new AuditEvent(actor, action, recordType, recordId, clock.instant()));
  }

  /** An event whose action needs a reason, such as a refusal. */
  public void record(
      String actor, AuditAction action, String recordType, Object recordId, String reason) {
    trail.record(new AuditEvent(actor, action, recordType, recordId, clock.instant(), reason));
  }

  public void record(Caller caller, AuditAction action, String recordType, Object recordId) {
    record(caller.login(), action, recordType, recordId);
  }

  /** An event with the reason the caller gave for it (a read outside their care). */
  public void recordWithReason(
      Caller caller, AuditAction action, String recordType, Object recordId, String reason) {
    record(caller.login(), action, recordType, recordId, reason);
  }
}
