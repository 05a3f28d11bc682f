package org.careroute.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
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

  /**
   * Lock waits that ran out or were broken up: Hibernate's names for them (JPA's are matched as
   * types), whichever a statement's failure is wrapped in (an entity lock and a native {@code
   * SELECT ... FOR UPDATE} arrive differently, and a failure at commit only as the cause of a
   * rollback).
   */
  private static final Set<String> LOCK_CONTENTION_TYPES =
      Set.of(
          "org.hibernate.PessimisticLockException",
          "org.hibernate.exception.LockAcquisitionException",
          "org.hibernate.exception.LockTimeoutException");

  /** H2's LOCK_TIMEOUT_1 (50200) and DEADLOCK_1 (40001); MySQL's and MariaDB's 1205 and 1213. */
  private static final Set<Integer> LOCK_CONTENTION_CODES = Set.of(50200, 40001, 1205, 1213);

  /** SQLSTATE 40001: serialization failure, which both databases give a deadlock victim. */
  private static final String SERIALIZATION_FAILURE = "40001";

  /** SQLSTATE class 08: connection exception (SQL standard, MySQL, MariaDB and H2 alike). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  @Override
  public Kind classify(Throwable failure) {
    // A change that waited too long for a lock (a busy clinic day) changed nothing and may simply
    // be tried again: the same answer as a lost optimistic race, never a 500 or "unreachable".
    if (causeOf(failure, OptimisticLockException.class)
        || hasCauseNamed(failure, "org.hibernate.StaleStateException")
        || lockContention(failure)) {
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

  private static boolean lockContention(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransactionRollbackException
          || (t instanceof SQLException sql
              && (LOCK_CONTENTION_CODES.contains(sql.getErrorCode())
                  || SERIALIZATION_FAILURE.equals(sql.getSQLState())))) {
        return true;
      }
    }
    return causeOf(failure, PessimisticLockException.class)
        || causeOf(failure, LockTimeoutException.class)
        || LOCK_CONTENTION_TYPES.stream().anyMatch(type -> hasCauseNamed(failure, type));
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
