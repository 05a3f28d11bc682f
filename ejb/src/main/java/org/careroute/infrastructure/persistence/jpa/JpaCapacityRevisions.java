package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.careroute.domain.model.booking.CapacityRevisions;

@ApplicationScoped
public class JpaCapacityRevisions implements CapacityRevisions {

  @PersistenceContext private EntityManager em;

  // One statement that both MySQL and H2 (in its MySQL mode) take: the first change of a clinic
  // inserts its row, so two first changes cannot both insert it.
  @Override
  public void bump(long clinicId) {
    em.createNativeQuery(
            "INSERT INTO capacity_revision (clinic_id, revision) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE revision = revision + 1")
        .setParameter(1, clinicId)
        .executeUpdate();
  }

  @Override
  public long of(long clinicId) {
    List<?> found =
        em.createNativeQuery("SELECT revision FROM capacity_revision WHERE clinic_id = ?1")
            .setParameter(1, clinicId)
            .getResultList();
    return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
  }
}
