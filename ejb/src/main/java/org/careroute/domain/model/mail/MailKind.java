package org.careroute.domain.model.mail;

/** What a message is about; each kind can be turned off by its recipient. */
public enum MailKind {
  CONFIRMATION("Booking confirmations"),
  REMINDER("Reminders before a session"),
  CHANGE("Notices of a moved booking"),
  CANCELLATION("Notices of a cancelled booking"),
  SCREENING("Decisions on your screening"),
  NURSE_DAY("A nurse's published day"),
  WAITLIST_OFFER("Places offered from the waitlist"),
  ACCOUNT("Notices about your account");

  private final String description;

  MailKind(String description) {
    this.description = description;
  }

  /** The kind as a recipient reads it on the preferences page. */
  public String description() {
    return description;
  }
}
