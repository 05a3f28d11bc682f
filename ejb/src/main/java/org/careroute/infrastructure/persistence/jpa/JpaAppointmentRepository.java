package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.AppointmentRepository;
import org.careroute.domain.model.booking.AppointmentStatus;
import org.careroute.domain.model.booking.Series;
import org.careroute.domain.shared.TimeInterval;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

  /**
   * Longest session plus observation the catalog can hold, so that queries by window find them all.
   */
  private static final long LONGEST_OCCUPANCY_HOURS = 24;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Appointment> find(long id) {
    return Optional.ofNullable(em.find(Appointment.class, id));
  }

  @Override
  public List<Appointment> findOfPatient(long patientId) {
    return em.createQuery(
            "select a from Appointment a where a.patient.id = :patient order by a.windowStart, a.id",
            Appointment.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  @Override
  public List<Appointment> findOfPatients(Collection<Long> patientIds) {
    if (patientIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Appointment a join fetch a.clinic where a.patient.id in :patients",
            Appointment.class)
        .setParameter("patients", patientIds)
        .getResultList();
  }

  @Override
  public List<Appointment> findHoldingCapacityAtClinic(long clinicId, TimeInterval period) {
    return em
        .createQuery(
            """
            select a from Appointment a
            where a.clinic.id = :clinic and a.status in :holding
              and a.plannedStart < :to and a.plannedStart >= :from
            order by a.plannedStart, a.id""",
            Appointment.class)
        .setParameter("clinic", clinicId)
        .setParameter("holding", AppointmentStatus.HOLDING_CAPACITY)
        .setParameter(
            "from", period.start().minus(java.time.Duration.ofHours(LONGEST_OCCUPANCY_HOURS)))
        .setParameter("to", period.end())
        .getResultList()
        .stream()
        .filter(a -> a.occupiedInterval().map(period::overlaps).orElse(false))
        .toList();
  }

  @Override
  public List<Appointment> findCoveredBy(long nurseId, TimeInterval period) {
    return notCancelledOfNurse("a.coverNurse.id", "a.coverStartsAt", nurseId, period);
  }

  @Override
  public List<Appointment> findOfNurse(long nurseId, TimeInterval period) {
    return notCancelledOfNurse("a.nurse.id", "a.plannedStart", nurseId, period);
  }

  /**
   * Appointments whose {@code nursePath} is the nurse and whose {@code timePath} falls in the
   * period, in that order.
   */
  private List<Appointment> notCancelledOfNurse(
      String nursePath, String timePath, long nurseId, TimeInterval period) {
    return em.createQuery(
            """
            select a from Appointment a
            where %1$s = :nurse and a.status <> :cancelled
              and %2$s >= :from and %2$s < :to
            order by %2$s, a.id"""
                .formatted(nursePath, timePath),
            Appointment.class)
        .setParameter("nurse", nurseId)
        .setParameter("cancelled", AppointmentStatus.CANCELLED)
        .setParameter("from", period.start())
        .setParameter("to", period.end())
        .getResultList();
  }

  @Override
  public List<Appointment> findInSeries(long seriesId) {
    return em.createQuery(
            "select a from Appointment a where a.series.id = :series order by a.seriesIndex",
            Appointment.class)
        .setParameter("series", seriesId)
        .getResultList();
  }

  @Override
  public List<Appointment> findInSeries(Collection<Long> seriesIds) {
    if (seriesIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Appointment a where a.series.id in :series", Appointment.class)
        .setParameter("series", seriesIds)
        .getResultList();
  }

  @Override
  public List<Appointment> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Appointment a join fetch a.patient join fetch a.treatment"
                + " where a.id in :ids",
            Appointment.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Set<Long> findWithApproximateVisitLocation(Collection<Long> appointmentIds) {
    if (appointmentIds.isEmpty()) {
      return Set.of();
    }
    // The visit location was copied at booking: approximate only while it is still the home's.
    return Set.copyOf(
        em.createQuery(
                "select a.id from Appointment a join a.patient p where a.id in :ids"
                    + " and p.homeLocationApproximate = true"
                    + " and a.visitLocation.latitude = p.homeLocation.latitude"
                    + " and a.visitLocation.longitude = p.homeLocation.longitude",
                Long.class)
            .setParameter("ids", appointmentIds)
            .getResultList());
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void add(Appointment appointment) {
    em.persist(appointment);
  }

  @Override
  public void addSeries(Series series) {
    em.persist(series);
  }

  @Override
  public Optional<Series> findSeries(long id) {
    return Optional.ofNullable(em.find(Series.class, id));
  }
}
