package org.careroute.application.internal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.careroute.domain.model.mail.MailKind;

/**
 * Tells an account's owner what was tried with their address. Registration answers a known address
 * exactly as a new one, so that nobody learns who is a patient; the owner is told here instead.
 */
@ApplicationScoped
public class AccountMail {

  @Inject Outbox outbox;

  @Inject MailSettings settings;

  public void registeredAgain(String login) {
    outbox.now(
        MailKind.ACCOUNT,
        login,
        "About your CareRoute account",
        "Hello,\n\nSomeone has just tried to create a CareRoute account with this email address,"
            + " which already has one. Nothing was changed.\n\nIf it was you, log in instead: "
            + settings.link("index.html")
            + "\nIf you have forgotten your password, please call your clinic. If it was not you,"
            + " you need not do anything.\n",
        null);
  }
}
