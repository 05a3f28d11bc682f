package org.careroute.application.mail;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.careroute.application.Caller;
import org.careroute.domain.model.mail.MailKind;

/** Mail turned on or off per kind, by the logged-in person or through a mail's unsubscribe link. */
public interface MailPreferencesService {

  MailPreferences preferences(Caller caller);

  MailPreferences choose(
      Caller caller,
      @NotNull(message = "Say which kinds of mail to send, as {\"REMINDER\": false, ...}.")
          Map<MailKind, Boolean> wanted);

  /** The preferences behind an unsubscribe link. */
  MailPreferences preferencesOfLink(@NotNull String token);

  /**
   * Turns a kind off through an unsubscribe link; without a kind, every kind.
   *
   * @return the preferences as they are now
   */
  MailPreferences unsubscribe(@NotNull String token, MailKind kind);
}
