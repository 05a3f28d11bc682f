package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.careroute.domain.model.patient.Patient;
import org.careroute.domain.model.patient.PatientRepository;
import org.careroute.domain.model.patient.PatientSearch;
import org.careroute.domain.model.patient.Screening;
import org.careroute.domain.model.patient.ScreeningStatus;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Patient> find(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  @Override
  public Optional<Patient> findByLogin(String login) {
    return em.createQuery("select p from Patient p where p.accountLogin = :login", Patient.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Patient> search(PatientSearch search, int limit) {
    String where =
        switch (search.key()) {
          case NAME -> "lower(p.fullName) like :value escape '!'";
          case DATE_OF_BIRTH -> "p.dateOfBirth = :value";
          case PHONE -> "p.id in :value";
        };
    Object value =
        switch (search.key()) {
          case NAME -> "%" + search.value().replaceAll("[!%_]", "!$0") + "%";
          case DATE_OF_BIRTH -> search.dateOfBirth();
          case PHONE -> withPhoneDigits(search.value(), limit);
        };
    if (value instanceof List<?> ids && ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Patient p where " + where + " order by p.fullName, p.id", Patient.class)
        .setParameter("value", value)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Phones are stored as typed ("+1 (916) 555-0100"), so they are compared by their digits alone.
   * SQL's REPLACE reads the same in H2 and MySQL; Hibernate 6.6 refused the same nested replace()
   * in HQL.
   */
  private List<Long> withPhoneDigits(String digits, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "select id from patient where replace(replace(replace(replace(replace(replace("
                    + "phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', '') like ?1"
                    + " order by full_name, id")
            .setParameter(1, "%" + digits + "%")
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Override
  public void add(Patient patient) {
    em.persist(patient);
  }

  @Override
  public void addScreening(Screening screening) {
    em.persist(screening);
  }

  @Override
  public Optional<Screening> findScreening(long id) {
    return Optional.ofNullable(em.find(Screening.class, id));
  }

  @Override
  public List<Screening> findScreeningsWithStatus(ScreeningStatus status) {
    return em.createQuery(
            """
            select s from Patient p join p.currentScreening s
            where s.status = :status
            order by s.submittedAt, s.id""",
            Screening.class)
        .setParameter("status", status)
        .getResultList();
  }
}
