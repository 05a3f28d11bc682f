package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careroute.domain.model.account.LoginThrottle;
import org.careroute.domain.model.account.LoginThrottleRepository;

@ApplicationScoped
public class JpaLoginThrottleRepository implements LoginThrottleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<LoginThrottle> find(String subject) {
    return Optional.ofNullable(em.find(LoginThrottle.class, subject));
  }

  @Override
  public Map<String, LoginThrottle> find(Collection<String> subjects) {
    return em.createQuery(
            "select t from LoginThrottle t where t.subject in :subjects", LoginThrottle.class)
        .setParameter("subjects", subjects)
        .getResultStream()
        .collect(Collectors.toMap(LoginThrottle::subject, Function.identity()));
  }

  @Override
  public LoginThrottle lockOrCreate(String subject, Instant now) {
    // An insert that a concurrent one turns into a no-op (H2 in MySQL mode speaks the same SQL), so
    // that two first failures never fail on the primary key; the lock then serialises them.
    em.createNativeQuery(
            """
            INSERT INTO login_throttle (subject, failures, last_failure_at) VALUES (?1, 0, ?2)
            ON DUPLICATE KEY UPDATE subject = subject""")
        .setParameter(1, subject)
        .setParameter(2, now)
        .executeUpdate();
    return em.find(LoginThrottle.class, subject, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void remove(String subject) {
    em.createQuery("delete from LoginThrottle t where t.subject = :subject")
        .setParameter("subject", subject)
        .executeUpdate();
  }

  @Override
  public int removeQuietSince(Instant quietSince) {
    return em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :quietSince")
        .setParameter("quietSince", quietSince)
        .executeUpdate();
  }
}
