package org.careroute.domain.model.geocoding;

import java.util.List;
import java.util.Optional;

public interface PostalCodeAreaRepository {

  /** The area of a postal code, however the code was spaced or cased. */
  Optional<PostalCodeArea> find(String postalCode);

  List<PostalCodeArea> findAll();

  void add(PostalCodeArea area);

  void remove(PostalCodeArea area);
}
