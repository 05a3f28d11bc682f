package org.careroute.application.mail;

import java.util.Optional;
import org.careroute.domain.model.mail.MailAttachment;

/** One message as the mail server gets it, with the link that turns its kind off. */
public record OutgoingMail(
    String recipient,
    String subject,
    String body,
    Optional<MailAttachment> attachment,
    String unsubscribeLink) {}
