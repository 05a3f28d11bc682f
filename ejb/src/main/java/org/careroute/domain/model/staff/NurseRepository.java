package org.careroute.domain.model.staff;

import java.util.List;
import java.util.Optional;

public interface NurseRepository {

  Optional<Nurse> find(long id);

  Optional<Nurse> findByEmail(String email);

  List<Nurse> findAll();

  void add(Nurse nurse);
}
