package org.careroute.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.careroute.application.StorageFailures.Kind;
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
}
