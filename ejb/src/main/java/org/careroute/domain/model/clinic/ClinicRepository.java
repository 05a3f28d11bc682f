package org.careroute.domain.model.clinic;

import java.util.List;
import java.util.Optional;

public interface ClinicRepository {

  Optional<Clinic> find(long id);

  List<Clinic> findAll();

  Optional<Chair> findChair(long clinicId, long chairId);

  void add(Clinic clinic);

  long count();
}
