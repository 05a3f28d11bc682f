package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.geocoding.PostalCodeArea;
import org.careroute.domain.model.geocoding.PostalCodeAreaRepository;
import org.careroute.domain.shared.StreetAddress;

@ApplicationScoped
public class JpaPostalCodeAreaRepository implements PostalCodeAreaRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PostalCodeArea> find(String postalCode) {
    return Optional.ofNullable(
        em.find(PostalCodeArea.class, StreetAddress.normalisedPostalCode(postalCode)));
  }

  @Override
  public List<PostalCodeArea> findAll() {
    return em.createQuery(
            "select a from PostalCodeArea a order by a.postalCode", PostalCodeArea.class)
        .getResultList();
  }

  @Override
  public void add(PostalCodeArea area) {
    em.persist(area);
  }

  @Override
  public void remove(PostalCodeArea area) {
    em.remove(area);
  }
}
