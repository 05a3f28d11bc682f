package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.careroute.domain.model.mail.MailAttachment;
import org.careroute.domain.model.mail.MailKind;
import org.careroute.domain.model.mail.MailRecipient;
import org.careroute.domain.model.mail.MailRecipientRepository;
import org.careroute.domain.model.mail.OutboxMessage;
import org.careroute.domain.model.mail.OutboxRepository;

/**
 * Writes messages into the outbox, in the caller's transaction: they leave only if the change that
 * causes them commits.
 */
@ApplicationScoped
public class Outbox {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OutboxRepository messages;

  @Inject MailRecipientRepository recipients;

  @Inject Clock clock;

  /** A message to send as soon as a sender gets to it. */
  public OutboxMessage now(
      MailKind kind, String to, String subject, String body, MailAttachment attachment) {
    return at(clock.instant(), kind, to, subject, body, attachment);
  }

  /** A message not to send before {@code due}, such as a reminder. */
  public OutboxMessage at(
      Instant due,
      MailKind kind,
      String to,
      String subject,
      String body,
      MailAttachment attachment) {
    recipientOf(to);
    OutboxMessage message =
        new OutboxMessage(kind, to, subject, body, attachment, due, clock.instant());
    messages.add(message);
    return message;
  }

  /** The recipient's record, made with its unsubscribe token on the first message to them. */
  public MailRecipient recipientOf(String login) {
    return recipients
        .find(login)
        .orElseGet(
            () -> {
              byte[] token = new byte[24];
              RANDOM.nextBytes(token);
              MailRecipient made = new MailRecipient(login, HexFormat.of().formatHex(token));
              recipients.add(made);
              return made;
            });
  }
}
