package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.careroute.domain.model.audit.AuditEvent;
import org.careroute.domain.model.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext private EntityManager em;

  @Override
  public void record(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public List<AuditEvent> findForRecord(String recordType, String recordId) {
    return em.createQuery(
            """
            select e from AuditEvent e where e.recordType = :type and e.recordId = :id
            order by e.occurredAt, e.id""",
            AuditEvent.class)
        .setParameter("type", recordType)
        .setParameter("id", recordId)
        .getResultList();
  }
}
