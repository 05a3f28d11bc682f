package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.careroute.application.StorageFailures;

/**
 * Reads JPA's and Hibernate's failures. Hibernate's own types are matched by name: they are the
 * server's, not on this module's compile path.
 */
@ApplicationScoped
public class JpaStorageFailures implements StorageFailures {

  @Override
  public Kind classify(Throwable failure) {
    if (causeOf(failure, OptimisticLockException.class)
        || hasCauseNamed(failure, "org.hibernate.StaleStateException")) {
      return Kind.CONCURRENT_CHANGE;
    }
    if (causeOf(failure, PersistenceException.class)
        && (hasCauseNamed(failure, "org.hibernate.exception.ConstraintViolationException")
            || causeOf(failure, SQLIntegrityConstraintViolationException.class))) {
      return Kind.DUPLICATE;
    }
    return Kind.OTHER;
  }

  private static boolean causeOf(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCauseNamed(Throwable e, String className) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals(className)) {
          return true;
        }
      }
    }
    return false;
  }
}
