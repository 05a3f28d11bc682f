package org.careroute.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.careroute.application.mail.MailDeliveryException;
import org.careroute.application.mail.MailTransport;
import org.careroute.application.mail.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends through the server's mail session {@code java:jboss/mail/CareRoute}, whose host, port and
 * sender address the server configuration takes from {@code SMTP_HOST}, {@code SMTP_PORT} and
 * {@code MAIL_FROM}; {@code SMTP_USER} and {@code SMTP_PASSWORD}, when set, log in.
 */
@ApplicationScoped
public class JakartaMailTransport implements MailTransport {

  private static final String TIMEOUT_MILLIS = "10000";

  @Resource(lookup = "java:jboss/mail/CareRoute")
  Session serverSession;

  @Inject
  @ConfigProperty(name = "SMTP_HOST")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "SMTP_USER")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "SMTP_PASSWORD")
  Optional<String> password;

  private Session session;

  @PostConstruct
  void withTimeouts() {
    // A mail server that accepts a connection and then hangs must not hold a sender for ever.
    Properties properties = new Properties();
    properties.putAll(serverSession.getProperties());
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    session = Session.getInstance(properties);
  }

  @Override
  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public void send(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeLink() + ">");
      if (mail.attachment().isEmpty()) {
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
      } else {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(mail.attachment().get().text(), mail.attachment().get().contentType());
        file.setFileName(mail.attachment().get().fileName());
        message.setContent(new MimeMultipart(text, file));
      }
      message.saveChanges();
      if (user.filter(u -> !u.isBlank()).isPresent()) {
        Transport.send(message, user.get(), password.orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      // The type only: a server's reply can quote the message.
      throw new MailDeliveryException(e.getClass().getSimpleName(), e);
    }
  }
}
