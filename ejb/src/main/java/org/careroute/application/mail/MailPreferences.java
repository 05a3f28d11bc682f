package org.careroute.application.mail;

import java.util.List;

/** Which kinds of mail a person gets. */
public record MailPreferences(String email, List<Choice> choices) {

  /** One kind of mail, in words, and whether it is sent. */
  public record Choice(String kind, String description, boolean wanted) {}
}
