package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.NurseRepository;

@ApplicationScoped
public class JpaNurseRepository implements NurseRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Nurse> find(long id) {
    return Optional.ofNullable(em.find(Nurse.class, id));
  }

  @Override
  public Optional<Nurse> findByEmail(String email) {
    return em.createQuery("select n from Nurse n where lower(n.email) = lower(:email)", Nurse.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Nurse> findAll() {
    return em.createQuery("select n from Nurse n order by n.fullName, n.id", Nurse.class)
        .getResultList();
  }

  @Override
  public void add(Nurse nurse) {
    em.persist(nurse);
  }
}
