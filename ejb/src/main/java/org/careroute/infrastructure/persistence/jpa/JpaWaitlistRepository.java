package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.domain.model.waitlist.WaitlistOffer;
import org.careroute.domain.model.waitlist.WaitlistRepository;
import org.careroute.domain.shared.TimeInterval;

/**
 * The waitlist in the shared database. Expired offers are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so that each passes on once however many nodes look for them.
 */
@ApplicationScoped
public class JpaWaitlistRepository implements WaitlistRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(WaitlistEntry entry) {
    em.persist(entry);
  }

  @Override
  public void add(WaitlistOffer offer) {
    em.persist(offer);
  }

  @Override
  public Optional<WaitlistEntry> find(long entryId) {
    return Optional.ofNullable(em.find(WaitlistEntry.class, entryId));
  }

  @Override
  public List<WaitlistEntry> findOfPatient(long patientId) {
    return em.createQuery(
            "SELECT e FROM WaitlistEntry e WHERE e.patient.id = :patient AND e.status <> :removed"
                + " ORDER BY e.joinedAt",
            WaitlistEntry.class)
        .setParameter("patient", patientId)
        .setParameter("removed", WaitlistEntry.Status.REMOVED)
        .getResultList();
  }

  @Override
  public List<WaitlistEntry> waitingFor(long clinicId, LocalDate day) {
    return on(clinicId, day, List.of(WaitlistEntry.Status.WAITING));
  }

  @Override
  public List<WaitlistEntry> openOn(long clinicId, LocalDate day) {
    return on(clinicId, day, List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED));
  }

  private List<WaitlistEntry> on(long clinicId, LocalDate day, List<WaitlistEntry.Status> in) {
    return em.createQuery(
            "SELECT e FROM WaitlistEntry e WHERE e.clinic.id = :clinic AND e.status IN :in"
                + " AND e.firstDay <= :day AND e.lastDay >= :day ORDER BY e.joinedAt, e.id",
            WaitlistEntry.class)
        .setParameter("clinic", clinicId)
        .setParameter("in", in)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public Optional<WaitlistOffer> findOfferForUpdate(String token) {
    return em.createQuery(
            "SELECT o FROM WaitlistOffer o WHERE o.token = :token", WaitlistOffer.class)
        .setParameter("token", token)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> entriesOfferedPlace(long freedAppointmentId) {
    return em.createQuery(
            "SELECT o.entry.id FROM WaitlistOffer o WHERE o.freedAppointmentId = :freed",
            Long.class)
        .setParameter("freed", freedAppointmentId)
        .getResultList();
  }

  @Override
  public List<Long> entriesOfferedRoomOn(long clinicId, TimeInterval day) {
    return em.createQuery(
            "SELECT o.entry.id FROM WaitlistOffer o WHERE o.freedAppointmentId IS NULL"
                + " AND o.entry.clinic.id = :clinic AND o.windowStart >= :from"
                + " AND o.windowStart < :to",
            Long.class)
        .setParameter("clinic", clinicId)
        .setParameter("from", day.start())
        .setParameter("to", day.end())
        .getResultList();
  }

  /**
   * An offer's window lies within one day, so that windows overlapping a span start at most a day
   * before it: the lower bound keeps the look on the index (status, window_start) to a day or two
   * of offers instead of every open offer before the span.
   */
  private static final Duration LONGEST_WINDOW = Duration.ofDays(1);

  private static final String HELD_AT =
      " FROM WaitlistOffer o WHERE o.status = :open AND o.windowStart >= :earliest"
          + " AND o.windowStart < :to AND o.windowEnd > :from AND o.expiresAt > :now"
          + " AND o.entry.clinic.id = :clinic";

  @Override
  public boolean anyHeldAt(long clinicId, TimeInterval span, Instant now) {
    return !held(em.createQuery("SELECT o.id" + HELD_AT, Long.class), clinicId, span, now)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<WaitlistOffer> heldAt(long clinicId, TimeInterval span, Instant now) {
    return held(
            em.createQuery(
                "SELECT o" + HELD_AT + " ORDER BY o.createdAt, o.id", WaitlistOffer.class),
            clinicId,
            span,
            now)
        .getResultList();
  }

  private static <T> TypedQuery<T> held(
      TypedQuery<T> query, long clinicId, TimeInterval span, Instant now) {
    return query
        .setParameter("open", WaitlistOffer.Status.OPEN)
        .setParameter("earliest", span.start().minus(LONGEST_WINDOW))
        .setParameter("now", now)
        .setParameter("clinic", clinicId)
        .setParameter("from", span.start())
        .setParameter("to", span.end());
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<WaitlistOffer> claimExpired(Instant now, int limit) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM waitlist_offer WHERE status = 'OPEN' AND expires_at <= ?1"
                    + " ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(WaitlistOffer.class, id.longValue())).toList();
  }

  @Override
  public List<WaitlistOffer> offersOf(long entryId) {
    return em.createQuery(
            "SELECT o FROM WaitlistOffer o WHERE o.entry.id = :entry ORDER BY o.id",
            WaitlistOffer.class)
        .setParameter("entry", entryId)
        .getResultList();
  }
}
