package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.careroute.domain.model.account.LoginSession;
import org.careroute.domain.model.account.LoginSessionRepository;

@ApplicationScoped
public class JpaLoginSessionRepository implements LoginSessionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(LoginSession session) {
    em.persist(session);
  }

  @Override
  public Optional<LoginSession> findByTokenHash(String tokenHash) {
    return Optional.ofNullable(em.find(LoginSession.class, tokenHash));
  }

  @Override
  public void remove(String tokenHash) {
    em.createQuery("delete from LoginSession s where s.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }

  @Override
  public int removeEnded(Instant idleSince, Instant now) {
    return em.createQuery(
            "delete from LoginSession s where s.lastSeenAt < :idleSince or s.expiresAt <= :now")
        .setParameter("idleSince", idleSince)
        .setParameter("now", now)
        .executeUpdate();
  }
}
