package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.careroute.domain.model.mail.MailRecipient;
import org.careroute.domain.model.mail.MailRecipientRepository;

@ApplicationScoped
public class JpaMailRecipientRepository implements MailRecipientRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<MailRecipient> find(String login) {
    return Optional.ofNullable(em.find(MailRecipient.class, login));
  }

  @Override
  public Optional<MailRecipient> findByToken(String unsubscribeToken) {
    return em.createQuery(
            "SELECT r FROM MailRecipient r WHERE r.unsubscribeToken = :token", MailRecipient.class)
        .setParameter("token", unsubscribeToken)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(MailRecipient recipient) {
    em.persist(recipient);
  }
}
