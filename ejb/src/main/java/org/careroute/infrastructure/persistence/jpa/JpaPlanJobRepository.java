package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.practice.PlanJob;
import org.careroute.domain.model.practice.PlanJobRepository;
import org.careroute.domain.model.practice.PlanJobStatus;
import org.careroute.domain.model.practice.PlanKey;

/**
 * Plan jobs in the shared database. Claims lock rows with {@code FOR UPDATE SKIP LOCKED} (MySQL 8,
 * MariaDB 10.6, H2 2), so that two nodes claiming at once take different jobs without waiting for
 * each other; leases and snapshots are written by conditional updates that only the holder of the
 * generation can make.
 */
@ApplicationScoped
public class JpaPlanJobRepository implements PlanJobRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PlanJob> find(PlanKey plan) {
    return Optional.ofNullable(em.find(PlanJob.class, plan.id()));
  }

  @Override
  public Optional<PlanJob> findForUpdate(PlanKey plan) {
    return Optional.ofNullable(em.find(PlanJob.class, plan.id(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<PlanJob> find(Collection<PlanKey> plans) {
    if (plans.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT j FROM PlanJob j WHERE j.key IN :keys", PlanJob.class)
        .setParameter("keys", plans.stream().map(PlanKey::id).toList())
        .getResultList();
  }

  @Override
  public void add(PlanJob job) {
    em.persist(job);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<PlanJob> claimable(Instant now, int limit) {
    List<String> keys =
        em.createNativeQuery(
                "SELECT plan_key FROM plan_job"
                    + " WHERE status = 'QUEUED' OR (status = 'SOLVING' AND lease_until < ?1)"
                    + " ORDER BY started_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return keys.stream().map(key -> em.find(PlanJob.class, key)).toList();
  }

  @Override
  public boolean renewLease(PlanKey plan, long generation, String node, Instant until) {
    return em.createQuery(
                "UPDATE PlanJob j SET j.leaseUntil = :until WHERE j.key = :key"
                    + " AND j.generation = :generation AND j.node = :node AND j.status = :solving")
            .setParameter("until", until)
            .setParameter("key", plan.id())
            .setParameter("generation", generation)
            .setParameter("node", node)
            .setParameter("solving", PlanJobStatus.SOLVING)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean storeBest(
      PlanKey plan,
      long generation,
      String node,
      String snapshot,
      String score,
      Instant at,
      PlanJobStatus finalStatus) {
    boolean ends = finalStatus != null;
    return em.createQuery(
                "UPDATE PlanJob j SET j.snapshot = :snapshot, j.bestScore = :score,"
                    + " j.snapshotAt = :at, j.snapshotSerial = j.snapshotSerial + 1,"
                    + " j.status = :status, j.finishedAt = :finishedAt,"
                    + " j.node = :holder"
                    + " WHERE j.key = :key AND j.generation = :generation AND j.node = :node"
                    + " AND j.status = :solving")
            .setParameter("snapshot", snapshot)
            .setParameter("score", score)
            .setParameter("at", at)
            .setParameter("status", ends ? finalStatus : PlanJobStatus.SOLVING)
            .setParameter("finishedAt", ends ? at : null)
            .setParameter("holder", ends ? null : node)
            .setParameter("key", plan.id())
            .setParameter("generation", generation)
            .setParameter("node", node)
            .setParameter("solving", PlanJobStatus.SOLVING)
            .executeUpdate()
        == 1;
  }

  @Override
  public void changed(long clinicId, String node) {
    em.createQuery(
            "UPDATE PlanJob j SET j.revision = j.revision + 1 WHERE j.clinicId = :clinic"
                + " AND j.status = :solving AND j.node <> :node")
        .setParameter("clinic", clinicId)
        .setParameter("solving", PlanJobStatus.SOLVING)
        .setParameter("node", node)
        .executeUpdate();
  }

  @Override
  public void releaseLeasesOf(String node) {
    em.createQuery(
            "UPDATE PlanJob j SET j.leaseUntil = NULL, j.status = :queued"
                + " WHERE j.node = :node AND j.status = :solving")
        .setParameter("queued", PlanJobStatus.QUEUED)
        .setParameter("node", node)
        .setParameter("solving", PlanJobStatus.SOLVING)
        .executeUpdate();
  }

  @Override
  public int deleteEndedBefore(Instant before) {
    return em.createQuery(
            "DELETE FROM PlanJob j WHERE j.status IN :ended AND j.finishedAt < :before")
        .setParameter("ended", List.of(PlanJobStatus.PUBLISHED, PlanJobStatus.STALE))
        .setParameter("before", before)
        .executeUpdate();
  }
}
