package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.model.treatment.TreatmentTypeRepository;

@ApplicationScoped
public class JpaTreatmentTypeRepository implements TreatmentTypeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<TreatmentType> find(long id) {
    return Optional.ofNullable(em.find(TreatmentType.class, id));
  }

  @Override
  public Optional<TreatmentType> findByCode(String code) {
    return em.createQuery("select t from TreatmentType t where t.code = :code", TreatmentType.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<TreatmentType> findAll() {
    return em.createQuery("select t from TreatmentType t order by t.name", TreatmentType.class)
        .getResultList();
  }

  @Override
  public void add(TreatmentType treatmentType) {
    em.persist(treatmentType);
  }
}
