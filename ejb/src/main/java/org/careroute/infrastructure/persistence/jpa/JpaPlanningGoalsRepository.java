package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.practice.PlanningGoalsRepository;

@ApplicationScoped
public class JpaPlanningGoalsRepository implements PlanningGoalsRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public PlanningGoals current() {
    return Optional.ofNullable(em.find(PlanningGoals.class, PlanningGoals.PRACTICE))
        .orElseGet(PlanningGoals::new);
  }

  @Override
  public PlanningGoals forChange() {
    PlanningGoals stored =
        em.find(PlanningGoals.class, PlanningGoals.PRACTICE, LockModeType.OPTIMISTIC);
    if (stored != null) {
      return stored;
    }
    PlanningGoals defaults = new PlanningGoals();
    em.persist(defaults);
    return defaults;
  }
}
