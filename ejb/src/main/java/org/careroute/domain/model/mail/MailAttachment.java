package org.careroute.domain.model.mail;

/** A text file sent with a message, such as a booking's calendar file. */
public record MailAttachment(String fileName, String contentType, String text) {

  public static MailAttachment calendar(String fileName, String text) {
    return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", text);
  }
}
