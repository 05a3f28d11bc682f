package org.careroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.careroute.it.Api.Login;
import org.junit.jupiter.api.Test;

/**
 * Mails per second through the outbox to a real SMTP server: confirmations pile up while the mail
 * server is down, then the senders drain them. Prints numbers, asserts only that every message
 * arrived once. Not part of the suite (not an *IT): {@code -Dit.test=OutboxThroughputBench}.
 */
class OutboxThroughputBench extends DeployedApplication {

  static final int DAYS = 8;
  static final int FIRST_HOUR = 8;
  static final int LAST_HOUR = 17;

  @Test
  void printsMailsPerSecondThroughTheOutbox() {
    long clinic = practice.clinic(1);
    long treatment = practice.treatment(40, 20, "\"CLINIC\"", "\"IV_THERAPY\"");
    long nurse = practice.nurse("Bench Nurse", "\"IV_THERAPY\"");
    for (int day = 2; day < 2 + DAYS; day++) {
      practice.shift(
          nurse, clinic, "CLINIC", TestPractice.at(day, 7, 30), TestPractice.at(day, 19, 0));
    }
    Login patient = practice.clearedPatient("Bench Patient");
    try (Mailbox mailbox = new Mailbox()) {
      List<Long> booked = new ArrayList<>();
      for (int day = 2; day < 2 + DAYS; day++) {
        for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
          Api.Reply reply =
              api.post(
                  "api/appointments",
                  TestPractice.clinicBooking(treatment, clinic, TestPractice.at(day, hour, 0)),
                  patient);
          if (reply.status() == 201) {
            booked.add(reply.json().getJsonNumber("id").longValue());
          }
        }
      }
      // Every confirmation has failed once by now and waits at most the test server's longest
      // retry (2 s).
      Mailbox.pause(Duration.ofSeconds(3));
      Instant started = Instant.now();
      mailbox.start();
      List<MimeMessage> arrived =
          mailbox.await(
              patient.login(), booked.size(), m -> Mailbox.subject(m).contains("is confirmed"));
      Instant drained = Instant.now();
      double seconds = Duration.between(started, drained).toMillis() / 1000.0;
      System.out.printf(
          "outbox: %d confirmations (calendar file attached) delivered in %.2f s after the mail"
              + " server came back: %.1f mails per second (3 senders on one node, H2 or MySQL as"
              + " configured)%n",
          booked.size(), seconds, booked.size() / seconds);
      Mailbox.pause(Duration.ofSeconds(2));
      assertThat(mailbox.to(patient.login())).hasSize(booked.size());
      assertThat(arrived).isNotEmpty();
    }
  }
}
