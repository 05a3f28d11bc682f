package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.careroute.application.StorageFailures;

/**
 * Reads JPA's and Hibernate's failures. Hibernate's own types are matched by name: they are the
 * server's, not on this module's compile path.
 */
@ApplicationScoped
public class JpaStorageFailures implements StorageFailures {

  /**
   * Failures that mean no connection could be had: Hibernate's, the connection pool's
   * (IronJacamar's "unable to get managed connection", a resource exception, when its blocking
   * timeout ran out or the database refused a new connection), and a commit the transaction manager
   * had to roll back (the database went away before it), which names no cause.
   */
  private static final Set<String> UNREACHABLE_TYPES =
      Set.of(
          "org.hibernate.exception.JDBCConnectionException",
          "jakarta.resource.ResourceException",
          "jakarta.transaction.RollbackException",
          "com.mysql.cj.exceptions.CJCommunicationsException",
          "com.mysql.cj.jdbc.exceptions.CommunicationsException");

  /** SQLSTATE class 08: connection exception (SQL standard, MySQL, MariaDB and H2 alike). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

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
    if (unreachable(failure)) {
      return Kind.UNAVAILABLE;
    }
    return Kind.OTHER;
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))) {
        return true;
      }
    }
    return UNREACHABLE_TYPES.stream().anyMatch(type -> hasCauseNamed(failure, type));
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
