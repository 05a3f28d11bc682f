package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.careroute.application.mail.OutgoingMail;
import org.careroute.domain.model.mail.MailRecipient;
import org.careroute.domain.model.mail.OutboxRepository;

/**
 * The outbox as a sender uses it: each call is a transaction of its own, so a claim commits before
 * anything is sent and a message's result is recorded the moment it is known.
 */
@ApplicationScoped
public class OutboxClaims {

  static final String NO_MAIL_SERVER = "not sent: no mail server configured";
  static final String TURNED_OFF = "not sent: the recipient turned this kind of mail off";

  @Inject OutboxRepository messages;

  @Inject Outbox outbox;

  @Inject MailSettings settings;

  @Inject Clock clock;

  /** A claimed message: to send, or (when its recipient turned its kind off) to set aside. */
  public record Claimed(long id, int attempt, OutgoingMail mail, boolean wanted) {}

  @Transactional
  public List<Claimed> claim(String node) {
    return messages.claim(node, clock.instant(), settings.lease(), settings.batch()).stream()
        .map(
            m -> {
              MailRecipient recipient = outbox.recipientOf(m.recipient());
              String unsubscribe = settings.link("mail.html?token=" + recipient.unsubscribeToken());
              String body =
                  m.body()
                      + "\n--\nCareRoute. To stop mails like this one: "
                      + unsubscribe
                      + "&kind="
                      + m.kind().name()
                      + "\n";
              return new Claimed(
                  m.id(),
                  m.lease().attempts(),
                  new OutgoingMail(m.recipient(), m.subject(), body, m.attachment(), unsubscribe),
                  recipient.wants(m.kind()));
            })
        .toList();
  }

  @Transactional
  public boolean sent(long id, String node) {
    return messages.sent(id, node, clock.instant());
  }

  @Transactional
  public boolean failed(long id, String node, int attempts, String reason) {
    return messages.failed(
        id,
        node,
        reason,
        clock.instant().plus(settings.backoff().after(attempts)),
        settings.maxAttempts());
  }

  @Transactional
  public boolean notSent(long id, String node, String reason) {
    return messages.notSent(id, node, reason);
  }
}
