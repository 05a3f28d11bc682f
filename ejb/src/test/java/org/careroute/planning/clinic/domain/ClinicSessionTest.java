package org.careroute.planning.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.clinic.Sessions.CLINIC;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;

import java.util.EnumSet;
import org.careroute.domain.model.staff.Certification;
import org.junit.jupiter.api.Test;

/** Re-planning during the day offers a session only the starts still to come. */
class ClinicSessionTest {

  private static ClinicSession promisedAtNine() {
    ClinicSession session = new ClinicSession("s", CLINIC, NINE, HOUR, false, EnumSet.noneOf(Certification.class));
    session.allowStartsWithin(900, 300);
    return session;
  }

  @Test
  void startsBeforeNowAreDropped() {
    ClinicSession session = promisedAtNine();
    session.startNoEarlierThan(NINE - 60);
    assertThat(session.getStartOptions()).containsExactly(NINE, NINE + 300, NINE + 600, NINE + 900);
  }

  @Test
  void aSessionWhoseEveryStartHasPassedKeepsItsOptions() {
    ClinicSession session = promisedAtNine();
    session.startNoEarlierThan(NINE + HOUR);
    assertThat(session.getStartOptions()).hasSize(7).contains(NINE - 900, NINE + 900);
  }
}
