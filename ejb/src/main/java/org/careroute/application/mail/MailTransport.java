package org.careroute.application.mail;

/** The port to the practice's mail server. */
public interface MailTransport {

  /** Whether a mail server is configured at all; without one, messages stay in the outbox. */
  boolean isConfigured();

  /**
   * Hands the message to the mail server.
   *
   * @throws MailDeliveryException when the server could not be reached or refused it
   */
  void send(OutgoingMail mail);
}
