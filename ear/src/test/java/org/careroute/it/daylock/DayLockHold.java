package org.careroute.it.daylock;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.careroute.domain.model.clinic.ClinicDayLocks;

/**
 * Test only, deployed into the web module by {@code ClinicDayLockIT}: a transaction that takes one
 * clinic day's lock through the application's own port and keeps it until it is told to let go.
 */
@ApplicationScoped
public class DayLockHold {

  /** One hold: of which clinic, taken, and the signal to let go. */
  public static final class Hold {
    final CountDownLatch taken = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final long clinicId;

    public Hold(long clinicId) {
      this.clinicId = clinicId;
    }
  }

  @Inject ClinicDayLocks locks;

  @Resource(lookup = "java:jboss/datasources/CareRouteDS")
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void holdUntilReleased(long clinicId, LocalDate day, Hold hold)
      throws InterruptedException {
    locks.lock(clinicId, List.of(day));
    hold.taken.countDown();
    // A safety net for a test that dies holding the lock, not a measure of anything.
    hold.release.await(5, TimeUnit.MINUTES);
  }

  /** The statements that database sessions are stuck in, waiting for the held clinic's days. */
  public List<String> waitingFor(Hold hold) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String sql =
          isH2(connection)
              // Any session waiting for a lock while it takes or bumps one of the held clinic's day
              // rows: not asked by the holder's session, which the data source need not hand out
              // again to a second look-up in the same transaction.
              ? "SELECT EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS"
                  + " WHERE BLOCKER_ID IS NOT NULL AND EXECUTING_STATEMENT LIKE '%clinic_day_lock%'"
                  + " AND EXECUTING_STATEMENT LIKE CONCAT('%1: CAST(', ?, ' AS BIGINT)%')"
              : "SELECT r.trx_query FROM information_schema.INNODB_TRX r"
                  + " JOIN information_schema.PROCESSLIST p ON p.ID = r.trx_mysql_thread_id"
                  + " WHERE r.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()"
                  + " AND r.trx_query REGEXP CONCAT('clinic_day_lock.*[(=] ?', ?, '[ ,)]')";
      try (var statement = connection.prepareStatement(sql)) {
        statement.setLong(1, hold.clinicId);
        List<String> waiting = new ArrayList<>();
        try (ResultSet found = statement.executeQuery()) {
          while (found.next()) {
            String query = found.getString(found.getMetaData().getColumnCount());
            waiting.add(String.valueOf(query).replaceAll("\\s+", " "));
          }
        }
        return waiting;
      }
    }
  }

  private static boolean isH2(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().startsWith("H2");
  }
}
