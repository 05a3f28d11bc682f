package org.careroute.domain.model.booking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careroute.domain.shared.TimeInterval;

public interface AppointmentRepository {

  Optional<Appointment> find(long id);

  /** Those of the appointments that exist, in one read. */
  List<Appointment> findAll(Collection<Long> ids);

  List<Appointment> findOfPatient(long patientId);

  /** The appointments of each of these patients, in one read. */
  List<Appointment> findOfPatients(Collection<Long> patientIds);

  /**
   * Appointments of the clinic (clinic sessions and home visits) that hold capacity in the period.
   */
  List<Appointment> findHoldingCapacityAtClinic(long clinicId, TimeInterval period);

  List<Appointment> findInSeries(long seriesId);

  /** The appointments of all these series, in one read. */
  List<Appointment> findInSeries(Collection<Long> seriesIds);

  /**
   * The nurse's appointments planned to start in the period, cancelled ones left out, in planned
   * order.
   */
  List<Appointment> findOfNurse(long nurseId, TimeInterval period);

  /**
   * Clinic appointments whose patient the nurse watches during a colleague's break starting in the
   * period.
   */
  List<Appointment> findCoveredBy(long nurseId, TimeInterval period);

  /**
   * Those of the appointments whose visit goes to a home located only approximately (by the postal
   * code), so that the dispatcher can tell.
   */
  Set<Long> findWithApproximateVisitLocation(Collection<Long> appointmentIds);

  void add(Appointment appointment);

  /** Writes pending changes now, so that versions read afterwards are the ones stored. */
  void flush();

  void addSeries(Series series);

  Optional<Series> findSeries(long id);
}
