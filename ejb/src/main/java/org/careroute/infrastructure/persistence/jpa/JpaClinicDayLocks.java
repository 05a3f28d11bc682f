package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.careroute.domain.model.clinic.ClinicDayLocks;

@ApplicationScoped
public class JpaClinicDayLocks implements ClinicDayLocks {

  @PersistenceContext private EntityManager em;

  @Override
  public void lock(long clinicId, Collection<LocalDate> days) {
    List<LocalDate> ascending = days.stream().distinct().sorted().toList();
    if (ascending.isEmpty()) {
      return;
    }
    // One statement that MySQL and H2 (in its MySQL mode) both take: the first booking of a day
    // inserts its row, so two first bookings cannot both insert it; one waits for the other.
    // Nothing the caller has changed is flushed here: a row it changed would then stay locked while
    // this waits, and a competing transaction that needs that row while holding this day (a
    // foreign key check of an insert) would wait in a circle with it.
    for (LocalDate day : ascending) {
      em.createNativeQuery(
              "INSERT INTO clinic_day_lock (clinic_id, plan_day, revision) VALUES (?1, ?2, 0)"
                  + " ON DUPLICATE KEY UPDATE revision = revision")
          .setFlushMode(FlushModeType.COMMIT)
          .setParameter(1, clinicId)
          .setParameter(2, day)
          .executeUpdate();
    }
    em.createNativeQuery(
            "SELECT plan_day FROM clinic_day_lock WHERE clinic_id = ?1 AND plan_day IN (?2)"
                + " ORDER BY plan_day FOR UPDATE")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, clinicId)
        .setParameter(2, ascending)
        .getResultList();
  }
}
