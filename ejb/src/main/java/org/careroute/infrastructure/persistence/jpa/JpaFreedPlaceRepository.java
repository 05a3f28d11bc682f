package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careroute.domain.model.waitlist.FreedPlace;
import org.careroute.domain.model.waitlist.FreedPlaceRepository;

/**
 * Freed places in the shared database. A claim locks the first due row with {@code FOR UPDATE SKIP
 * LOCKED} and marks it under the claimer's lease in the same transaction, so two nodes never take
 * the same place; removing or releasing it afterwards is a conditional statement only the holder of
 * the claim can make.
 */
@ApplicationScoped
public class JpaFreedPlaceRepository implements FreedPlaceRepository {

  @PersistenceContext private EntityManager em;

  // One statement that both MySQL and H2 (in its MySQL mode) take: a place freed again while the
  // first one still waits unclaimed adds nothing, and two such writes at once cannot both insert.
  // Columns a place leaves empty are left out rather than bound to an untyped null.
  @Override
  public void add(FreedPlace place) {
    Map<String, Object> optional = new LinkedHashMap<>();
    place.appointmentId().ifPresent(appointment -> optional.put("appointment_id", appointment));
    place.waitlistEntryId().ifPresent(entry -> optional.put("waitlist_entry_id", entry));
    place.foundStart().ifPresent(start -> optional.put("found_start", start));
    StringBuilder columns = new StringBuilder();
    StringBuilder values = new StringBuilder();
    int position = 5;
    for (String column : optional.keySet()) {
      columns.append(", ").append(column);
      values.append(", ?").append(position++);
    }
    Query insert =
        em.createNativeQuery(
                "INSERT INTO freed_place (clinic_id, place_day, pending_key, created_at, attempts,"
                    + " next_attempt_at"
                    + columns
                    + ") VALUES (?1, ?2, ?3, ?4, 0, ?4"
                    + values
                    + ") ON DUPLICATE KEY UPDATE pending_key = pending_key")
            .setParameter(1, place.clinicId())
            .setParameter(2, place.day())
            .setParameter(3, place.pendingKey())
            .setParameter(4, place.createdAt());
    position = 5;
    for (Object value : optional.values()) {
      insert.setParameter(position++, value);
    }
    insert.executeUpdate();
  }

  // A day's room waits while a place the optimizer found that day for a waiting patient is still to
  // be offered (by another round, maybe on another node): that patient comes first.
  @Override
  public Optional<FreedPlace> claimNext(String claimer, Instant now, Duration lease) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM freed_place p"
                    + " WHERE ((p.claimed_by IS NULL AND p.next_attempt_at <= ?1)"
                    + " OR (p.claimed_by IS NOT NULL AND p.lease_until < ?1))"
                    + " AND NOT EXISTS (SELECT 1 FROM freed_place found"
                    + " WHERE found.clinic_id = p.clinic_id AND found.place_day = p.place_day"
                    + " AND found.waitlist_entry_id IS NOT NULL AND p.waitlist_entry_id IS NULL"
                    + " AND found.id < p.id)"
                    + " ORDER BY p.created_at, p.id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    long id = ((Number) ids.get(0)).longValue();
    em.createQuery(
            "UPDATE FreedPlace p SET p.lease.holder = :claimer, p.lease.leaseUntil = :until,"
                + " p.pendingKey = NULL, p.lease.attempts = p.lease.attempts + 1 WHERE p.id = :id")
        .setParameter("claimer", claimer)
        .setParameter("until", now.plus(lease))
        .setParameter("id", id)
        .executeUpdate();
    return Optional.ofNullable(em.find(FreedPlace.class, id));
  }

  @Override
  public boolean removeClaimed(long id, String claimer) {
    return em.createQuery("DELETE FROM FreedPlace p WHERE p.id = :id AND p.lease.holder = :claimer")
            .setParameter("id", id)
            .setParameter("claimer", claimer)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean release(long id, String claimer, Instant retryAt) {
    return em.createQuery(
                "UPDATE FreedPlace p SET p.lease.holder = NULL, p.lease.leaseUntil = NULL,"
                    + " p.lease.nextAttemptAt = :retryAt"
                    + " WHERE p.id = :id AND p.lease.holder = :claimer")
            .setParameter("retryAt", retryAt)
            .setParameter("id", id)
            .setParameter("claimer", claimer)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<FreedPlace> pendingAt(long clinicId) {
    return em.createQuery(
            "SELECT p FROM FreedPlace p WHERE p.clinicId = :clinic ORDER BY p.createdAt, p.id",
            FreedPlace.class)
        .setParameter("clinic", clinicId)
        .getResultList();
  }
}
