package org.careroute.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.exceptions.SQLError;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.careroute.application.StorageFailures.Kind;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

class JpaStorageFailuresTest {

  private final JpaStorageFailures failures = new JpaStorageFailures();

  @Test
  void aRefusedOrLostConnectionDeepInTheCausesMeansTheDatabaseIsUnavailable() {
    assertThat(
            failures.classify(
                new PersistenceException(new SQLNonTransientConnectionException("refused"))))
        .isEqualTo(Kind.UNAVAILABLE);
    assertThat(failures.classify(new RuntimeException(new SQLTransientConnectionException())))
        .isEqualTo(Kind.UNAVAILABLE);
    assertThat(failures.classify(new PersistenceException(new SQLException("lost", "08S01"))))
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void thePoolsTimeoutWaitingForAConnectionMeansTheDatabaseIsUnavailable() {
    // IronJacamar's "IJ000453: Unable to get managed connection" arrives as a ResourceException.
    Exception pool = new SQLException("no connection", new jakarta.resource.ResourceException());
    assertThat(failures.classify(new PersistenceException(pool))).isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void aCommitRolledBackByTheTransactionManagerMeansTheDatabaseIsUnavailable() {
    assertThat(failures.classify(new jakarta.transaction.RollbackException()))
        .isEqualTo(Kind.UNAVAILABLE);
  }

  @Test
  void otherSqlFailuresAndLostUpdatesAreNotUnavailability() {
    assertThat(failures.classify(new PersistenceException(new SQLException("syntax", "42000"))))
        .isEqualTo(Kind.OTHER);
    assertThat(failures.classify(new OptimisticLockException())).isEqualTo(Kind.CONCURRENT_CHANGE);
  }

  @Test
  void h2sLockTimeoutIsAConcurrentChangeHoweverItIsWrapped() {
    SQLException timeout =
        DbException.get(ErrorCode.LOCK_TIMEOUT_1, "clinic_day_lock").getSQLException();
    assertThat(failures.classify(new PersistenceException(timeout)))
        .isEqualTo(Kind.CONCURRENT_CHANGE);
    // Raised at commit (the day's revision bumped in the flush), it arrives as a rollback.
    jakarta.transaction.RollbackException atCommit = new jakarta.transaction.RollbackException();
    atCommit.initCause(new PersistenceException(timeout));
    assertThat(failures.classify(atCommit)).isEqualTo(Kind.CONCURRENT_CHANGE);
  }

  @Test
  void mysqlsLockWaitTimeoutAndDeadlockAreConcurrentChanges() {
    SQLException timeout =
        SQLError.createSQLException(
            "Lock wait timeout exceeded; try restarting transaction", "HY000", 1205, null);
    SQLException deadlock =
        SQLError.createSQLException("Deadlock found when trying to get lock", "40001", 1213, null);
    assertThat(failures.classify(new PersistenceException(timeout)))
        .isEqualTo(Kind.CONCURRENT_CHANGE);
    assertThat(failures.classify(new PersistenceException(deadlock)))
        .isEqualTo(Kind.CONCURRENT_CHANGE);
  }

  @Test
  void jpasLockFailuresAreConcurrentChanges() {
    assertThat(failures.classify(new PessimisticLockException())).isEqualTo(Kind.CONCURRENT_CHANGE);
    assertThat(failures.classify(new LockTimeoutException())).isEqualTo(Kind.CONCURRENT_CHANGE);
  }
}
