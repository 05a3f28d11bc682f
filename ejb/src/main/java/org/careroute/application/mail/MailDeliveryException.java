package org.careroute.application.mail;

/** The mail server could not take a message; the reason names a type, never its content. */
public class MailDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailDeliveryException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
