package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.domain.model.booking.CapacityRevisions;

/** The revisions live on the clinic days' lock rows ({@link JpaClinicDayLocks}). */
@ApplicationScoped
public class JpaCapacityRevisions implements CapacityRevisions {

  @PersistenceContext private EntityManager em;

  // A change that did not lock its day first (a cancellation frees capacity, it takes none) inserts
  // the row here: the same statement both databases take as the lock's.
  @Override
  public void bump(long clinicId, LocalDate day) {
    em.createNativeQuery(
            "INSERT INTO clinic_day_lock (clinic_id, plan_day, revision) VALUES (?1, ?2, 1)"
                + " ON DUPLICATE KEY UPDATE revision = revision + 1")
        .setParameter(1, clinicId)
        .setParameter(2, day)
        .executeUpdate();
  }

  @Override
  public Map<LocalDate, Long> of(long clinicId, LocalDate firstDay, LocalDate lastDay) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT plan_day, revision FROM clinic_day_lock"
                    + " WHERE clinic_id = ?1 AND plan_day BETWEEN ?2 AND ?3")
            .setParameter(1, clinicId)
            .setParameter(2, firstDay)
            .setParameter(3, lastDay)
            .getResultList();
    Map<LocalDate, Long> revisions = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      revisions.put(dayOf(columns[0]), ((Number) columns[1]).longValue());
    }
    return revisions;
  }

  private static LocalDate dayOf(Object column) {
    return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
  }
}
