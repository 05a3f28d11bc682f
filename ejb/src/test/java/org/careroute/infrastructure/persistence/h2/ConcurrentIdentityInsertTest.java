package org.careroute.infrastructure.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database, opened as the server's datasource opens it (a file, MySQL mode), must hand
 * out every generated id once however many sessions insert at the same time. H2 2.2.224 did not
 * (its issue 3950): concurrent audit inserts of parallel patient searches failed on the primary
 * key, which the API answered as a 409 duplicate.
 */
class ConcurrentIdentityInsertTest {

  private static final int SESSIONS = 50;
  private static final int INSERTS_PER_SESSION = 1_000;

  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:"
        + dir.resolve("careroute")
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
  }

  @Test
  void parallelSessionsInsertingIntoAnAutoIncrementTableNeverCollideOnTheKey() throws Exception {
    try (Connection setup = DriverManager.getConnection(url(), "sa", "sa");
        Statement ddl = setup.createStatement()) {
      ddl.execute(
          "CREATE TABLE audit_event (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " actor VARCHAR(254) NOT NULL)");
      ConcurrentLinkedQueue<SQLException> failures = new ConcurrentLinkedQueue<>();
      List<Thread> sessions = new ArrayList<>();
      for (int s = 0; s < SESSIONS; s++) {
        Thread session = new Thread(() -> insertMany(failures));
        sessions.add(session);
        session.start();
      }
      for (Thread session : sessions) {
        session.join();
      }

      assertThat(failures).extracting(SQLException::getMessage).isEmpty();
      try (ResultSet count = ddl.executeQuery("SELECT COUNT(DISTINCT id) FROM audit_event")) {
        count.next();
        assertThat(count.getLong(1)).isEqualTo((long) SESSIONS * INSERTS_PER_SESSION);
      }
    }
  }

  private void insertMany(ConcurrentLinkedQueue<SQLException> failures) {
    try (Connection connection = DriverManager.getConnection(url(), "sa", "sa");
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO audit_event (actor) VALUES (?)")) {
      for (int i = 0; i < INSERTS_PER_SESSION && failures.isEmpty(); i++) {
        insert.setString(1, "dispatcher@careroute.example");
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      failures.add(e);
    }
  }
}
