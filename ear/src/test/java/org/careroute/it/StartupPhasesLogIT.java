package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Start-up writes one line per phase of its own and a final "ready" line to server.log. */
class StartupPhasesLogIT extends DeployedApplication {

  @Test
  void serverLogNamesEveryStartupPhaseAndTheReadyLine() throws IOException {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String written = Files.readString(log);
    assertThat(written)
        .containsPattern(
            "Start-up phase \"server boot and deployment until the application's first bean\""
                + " took \\d+ ms")
        .containsPattern("Start-up phase \"Flyway migrate\" took \\d+ ms")
        .containsPattern(
            "Start-up phase \"demo data \\(loaded only into an empty database\\)\" took \\d+ ms")
        .containsPattern("Start-up phase \"plan job, outbox and waitlist workers\" took \\d+ ms")
        .containsPattern("Start-up: CareRoute ready in \\d+\\.\\d s after the JVM started");
  }
}
