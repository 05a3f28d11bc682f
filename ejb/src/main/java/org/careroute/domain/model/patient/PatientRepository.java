package org.careroute.domain.model.patient;

import java.util.List;
import java.util.Optional;

public interface PatientRepository {

  Optional<Patient> find(long id);

  Optional<Patient> findByLogin(String login);

  /** Patients the search finds, by name, at most {@code limit} of them. */
  List<Patient> search(PatientSearch search, int limit);

  void add(Patient patient);

  void addScreening(Screening screening);

  Optional<Screening> findScreening(long id);

  List<Screening> findScreeningsWithStatus(ScreeningStatus status);
}
