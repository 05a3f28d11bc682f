package org.careroute.domain.model.mail;

import java.util.Optional;

public interface MailRecipientRepository {

  Optional<MailRecipient> find(String login);

  Optional<MailRecipient> findByToken(String unsubscribeToken);

  void add(MailRecipient recipient);
}
