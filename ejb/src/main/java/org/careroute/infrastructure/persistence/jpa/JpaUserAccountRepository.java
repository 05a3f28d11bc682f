package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.careroute.domain.model.account.UserAccount;
import org.careroute.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> findByLogin(String login) {
    // Roles in the same round trip: every authenticated request over Basic reads the account.
    return em.createQuery(
            "select u from UserAccount u left join fetch u.roles where u.login = :login",
            UserAccount.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> findByCalendarFeedHash(String secretHash) {
    return em.createQuery(
            "select u from UserAccount u where u.calendarFeedHash = :hash", UserAccount.class)
        .setParameter("hash", secretHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean exists(String login) {
    return em.createQuery("select count(u) from UserAccount u where u.login = :login", Long.class)
            .setParameter("login", login)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }
}
