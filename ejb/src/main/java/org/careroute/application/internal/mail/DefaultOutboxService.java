package org.careroute.application.internal.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.mail.OutboxEntry;
import org.careroute.application.mail.OutboxService;
import org.careroute.domain.model.account.Role;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.mail.OutboxMessage;
import org.careroute.domain.model.mail.OutboxRepository;
import org.careroute.domain.shared.AccessDeniedException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultOutboxService implements OutboxService {

  @Inject OutboxRepository messages;

  @Inject AuditRecorder audit;

  @Override
  public List<OutboxEntry> newest(Caller caller, int limit) {
    if (!caller.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only admins see the practice's outgoing mail.");
    }
    List<OutboxMessage> found = messages.newest(limit);
    found.forEach(m -> audit.record(caller, AuditAction.READ, "MailMessage", m.id()));
    return found.stream().map(DefaultOutboxService::entry).toList();
  }

  private static OutboxEntry entry(OutboxMessage m) {
    return new OutboxEntry(
        m.id(),
        m.kind().name(),
        m.recipient(),
        m.subject(),
        m.status().name(),
        m.dueAt(),
        m.lease().attempts(),
        m.lastError().orElse(null),
        m.sentAt().orElse(null),
        m.sentBy().orElse(null),
        m.appointmentId().orElse(null),
        m.attachment().isPresent());
  }
}
