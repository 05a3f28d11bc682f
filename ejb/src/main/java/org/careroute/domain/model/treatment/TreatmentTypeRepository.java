package org.careroute.domain.model.treatment;

import java.util.List;
import java.util.Optional;

public interface TreatmentTypeRepository {

  Optional<TreatmentType> find(long id);

  Optional<TreatmentType> findByCode(String code);

  List<TreatmentType> findAll();

  void add(TreatmentType treatmentType);
}
