package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.clinic.ClinicRepository;

@ApplicationScoped
public class JpaClinicRepository implements ClinicRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Clinic> find(long id) {
    return Optional.ofNullable(em.find(Clinic.class, id));
  }

  @Override
  public List<Clinic> findAll() {
    return em.createQuery("select c from Clinic c order by c.name", Clinic.class).getResultList();
  }

  @Override
  public Optional<Chair> findChair(long clinicId, long chairId) {
    return em.createQuery(
            "select ch from Chair ch where ch.id = :chair and ch.clinic.id = :clinic", Chair.class)
        .setParameter("chair", chairId)
        .setParameter("clinic", clinicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Clinic clinic) {
    em.persist(clinic);
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Clinic c", Long.class).getSingleResult();
  }
}
