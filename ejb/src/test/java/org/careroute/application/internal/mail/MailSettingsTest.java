package org.careroute.application.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a failed message waits, and when reminders fall due. */
class MailSettingsTest {

  private static MailSettings settings() {
    MailSettings settings = new MailSettings();
    settings.retrySeconds = 60;
    settings.longestRetrySeconds = 3600;
    settings.reminderHours = List.of(48, 2);
    settings.linkBase = "https://care.example/app";
    return settings;
  }

  @Test
  void theWaitAfterAFailureStartsAtTheRetryAndStopsAtTheLongest() {
    MailSettings settings = settings();
    assertThat(settings.backoff().after(1)).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.backoff().after(60)).isEqualTo(Duration.ofSeconds(3600));
  }

  @Test
  void remindersLeadByTheirHoursAndLinksStartAtTheConfiguredAddress() {
    MailSettings settings = settings();
    assertThat(settings.reminderLeads()).containsExactly(Duration.ofHours(48), Duration.ofHours(2));
    assertThat(settings.link("patient.html")).isEqualTo("https://care.example/app/patient.html");
  }
}
