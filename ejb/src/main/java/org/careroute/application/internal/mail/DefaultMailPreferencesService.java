package org.careroute.application.internal.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.Arrays;
import java.util.Map;
import org.careroute.application.Caller;
import org.careroute.application.internal.AuditRecorder;
import org.careroute.application.mail.MailPreferences;
import org.careroute.application.mail.MailPreferencesService;
import org.careroute.domain.model.audit.AuditAction;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.mail.MailRecipient;
import org.careroute.domain.model.mail.MailRecipientRepository;
import org.careroute.domain.shared.RecordNotFoundException;

// Makes Hibernate Validator intercept this bean: it misses constraints declared only on interfaces
// (HV-994).
@ValidateOnExecution
@Stateless
public class DefaultMailPreferencesService implements MailPreferencesService {

  static final String RECORD_TYPE = "MailPreferences";

  @Inject MailRecipientRepository recipients;

  @Inject Outbox outbox;

  @Inject AuditRecorder audit;

  @Override
  public MailPreferences preferences(Caller caller) {
    MailRecipient recipient = outbox.recipientOf(caller.login());
    audit.record(caller, AuditAction.READ, RECORD_TYPE, recipient.login());
    return view(recipient);
  }

  @Override
  public MailPreferences choose(Caller caller, Map<MailKind, Boolean> wanted) {
    MailRecipient recipient = outbox.recipientOf(caller.login());
    wanted.forEach((kind, on) -> recipient.choose(kind, Boolean.TRUE.equals(on)));
    audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, recipient.login());
    return view(recipient);
  }

  @Override
  public MailPreferences preferencesOfLink(String token) {
    MailRecipient recipient = byToken(token);
    audit.record(recipient.login(), AuditAction.READ, RECORD_TYPE, recipient.login());
    return view(recipient);
  }

  @Override
  public MailPreferences unsubscribe(String token, MailKind kind) {
    MailRecipient recipient = byToken(token);
    if (kind == null) {
      Arrays.stream(MailKind.values()).forEach(k -> recipient.choose(k, false));
    } else {
      recipient.choose(kind, false);
    }
    audit.record(recipient.login(), AuditAction.UPDATE, RECORD_TYPE, recipient.login());
    return view(recipient);
  }

  private MailRecipient byToken(String token) {
    return recipients
        .findByToken(token)
        .orElseThrow(() -> new RecordNotFoundException("mail subscription", "behind this link"));
  }

  private static MailPreferences view(MailRecipient recipient) {
    return new MailPreferences(
        recipient.login(),
        Arrays.stream(MailKind.values())
            .map(k -> new MailPreferences.Choice(k.name(), k.description(), recipient.wants(k)))
            .toList());
  }
}
