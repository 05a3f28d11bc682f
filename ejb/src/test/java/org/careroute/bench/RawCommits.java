package org.careroute.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own pace: single-row inserts, each committed alone, from parallel connections of
 * this JVM, into a scratch table dropped afterwards. With {@code MYSQL_URL} (and {@code
 * MYSQL_USER}, {@code MYSQL_PASSWORD}) set, the server's MySQL database; otherwise an H2 file
 * database of the same engine and settings beside the build (the server's embedded H2 admits no
 * second process).
 */
final class RawCommits {

  private RawCommits() {}

  static String describe() {
    return System.getenv("MYSQL_URL") != null ? "MySQL at MYSQL_URL" : "H2 file, " + h2Url();
  }

  static double perSecond(int connections, int seconds) throws InterruptedException {
    try (Connection setup = connect();
        Statement ddl = setup.createStatement()) {
      ddl.execute("DROP TABLE IF EXISTS bench_commit");
      ddl.execute(
          "CREATE TABLE bench_commit (id BIGINT PRIMARY KEY, client INT NOT NULL,"
              + " note VARCHAR(40) NOT NULL)");
      AtomicLong commits = new AtomicLong();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        int client = c;
        Thread thread = new Thread(() -> insert(client, end, commits));
        thread.start();
        clients.add(thread);
      }
      for (Thread client : clients) {
        client.join();
      }
      ddl.execute("DROP TABLE bench_commit");
      return commits.get() / (double) seconds;
    } catch (SQLException e) {
      throw new IllegalStateException("raw commits: " + e.getMessage(), e);
    }
  }

  private static void insert(int client, long end, AtomicLong commits) {
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO bench_commit (id, client, note) VALUES (?, ?, ?)")) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      // Ids of its own per client: H2's MySQL mode hands out an AUTO_INCREMENT id twice under load.
      long id = client * 1_000_000_000L;
      while (System.nanoTime() < end) {
        insert.setLong(1, ++id);
        insert.setInt(2, client);
        insert.setString(3, "bench");
        insert.executeUpdate();
        connection.commit();
        commits.incrementAndGet();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("raw commits: " + e.getMessage(), e);
    }
  }

  private static Connection connect() throws SQLException {
    String mysql = System.getenv("MYSQL_URL");
    if (mysql != null) {
      return DriverManager.getConnection(
          mysql, System.getenv("MYSQL_USER"), System.getenv("MYSQL_PASSWORD"));
    }
    return DriverManager.getConnection(h2Url(), "sa", "sa");
  }

  private static String h2Url() {
    Path file =
        Path.of(System.getProperty("careroute.root", "."), "ejb", "target", "bench-h2", "commits");
    return "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=MySQL;LOCK_TIMEOUT=10000";
  }
}
