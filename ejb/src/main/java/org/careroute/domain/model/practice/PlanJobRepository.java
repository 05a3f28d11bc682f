package org.careroute.domain.model.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The plan jobs of the cluster, in the shared database. */
public interface PlanJobRepository {

  Optional<PlanJob> find(PlanKey plan);

  /** The job, locked until the transaction ends (publishing, starting and stopping take it so). */
  Optional<PlanJob> findForUpdate(PlanKey plan);

  List<PlanJob> find(Collection<PlanKey> plans);

  void add(PlanJob job);

  /**
   * Up to {@code limit} jobs no node holds (queued, or solving under a lease that ran out before
   * {@code now}), oldest first, locked for this transaction; jobs another node is claiming at the
   * same moment are skipped, not waited for.
   */
  List<PlanJob> claimable(Instant now, int limit);

  /**
   * Renews {@code node}'s lease of one generation of the job.
   *
   * @return false when the node no longer holds it (started again, or taken over)
   */
  boolean renewLease(PlanKey plan, long generation, String node, Instant until);

  /**
   * Stores a better plan of the generation {@code node} holds; with {@code finalStatus} the job
   * also ends so.
   *
   * @return false when the node no longer holds it
   */
  boolean storeBest(
      PlanKey plan,
      long generation,
      String node,
      String snapshot,
      String score,
      Instant at,
      PlanJobStatus finalStatus);

  /**
   * Tells the solves of a clinic's days running on other nodes than {@code node} that the day
   * changed.
   */
  void changed(long clinicId, String node);

  /** Lets another node take at once what {@code node} held before it restarted. */
  void releaseLeasesOf(String node);

  /** Deletes the published and set-aside jobs that ended before {@code before}. */
  int deleteEndedBefore(Instant before);
}
