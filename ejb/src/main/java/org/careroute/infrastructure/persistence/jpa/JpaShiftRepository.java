package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftRepository;
import org.careroute.domain.model.staff.ShiftStamp;
import org.careroute.domain.shared.TimeInterval;

@ApplicationScoped
public class JpaShiftRepository implements ShiftRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Shift> find(long id) {
    return Optional.ofNullable(em.find(Shift.class, id));
  }

  @Override
  public List<Shift> findAtClinic(long clinicId, TimeInterval period) {
    return em.createQuery(
            """
            select s from Shift s
            where s.clinic.id = :clinic and s.startsAt < :to and s.endsAt > :from and s.calledOff = false
            order by s.startsAt, s.id""",
            Shift.class)
        .setParameter("clinic", clinicId)
        .setParameter("from", period.start())
        .setParameter("to", period.end())
        .getResultList();
  }

  @Override
  public ShiftStamp stampAtClinic(long clinicId) {
    Object[] stamp =
        em.createQuery(
                "select count(s), coalesce(sum(s.version), 0), coalesce(max(s.id), 0)"
                    + " from Shift s where s.clinic.id = :clinic",
                Object[].class)
            .setParameter("clinic", clinicId)
            .getSingleResult();
    return new ShiftStamp(
        ((Number) stamp[0]).longValue(),
        ((Number) stamp[1]).longValue(),
        ((Number) stamp[2]).longValue());
  }

  @Override
  public List<Shift> findOfNurse(long nurseId, Instant from, Instant to) {
    return em.createQuery(
            """
            select s from Shift s
            where s.nurse.id = :nurse and s.startsAt < :to and s.endsAt > :from
            order by s.startsAt""",
            Shift.class)
        .setParameter("nurse", nurseId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public boolean nurseIsBooked(long nurseId, TimeInterval hours, Long exceptShiftId) {
    return em.createQuery(
                """
            select count(s) from Shift s
            where s.nurse.id = :nurse and s.startsAt < :to and s.endsAt > :from and s.id <> :except""",
                Long.class)
            .setParameter("nurse", nurseId)
            .setParameter("from", hours.start())
            .setParameter("to", hours.end())
            .setParameter("except", exceptShiftId == null ? -1L : exceptShiftId)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(Shift shift) {
    em.persist(shift);
  }

  @Override
  public void remove(Shift shift) {
    em.remove(shift);
  }
}
