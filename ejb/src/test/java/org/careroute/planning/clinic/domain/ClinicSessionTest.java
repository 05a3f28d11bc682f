package org.careroute.planning.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.careroute.planning.clinic.Sessions.CLINIC;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.lasting;
import static org.careroute.planning.clinic.Sessions.shift;
import static org.careroute.planning.clinic.Sessions.withNoonBreak;

import java.util.EnumSet;
import org.careroute.domain.model.staff.Certification;
import org.junit.jupiter.api.Test;

/**
 * Re-planning during the day offers a session only the starts still to come; who watches a patient
 * when.
 */
class ClinicSessionTest {

  private static ClinicSession promisedAtNine() {
    ClinicSession session =
        new ClinicSession("s", CLINIC, NINE, HOUR, false, EnumSet.noneOf(Certification.class));
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

  @Test
  void aSessionAcrossTheBreakIsWatchedByTheCoverDuringIt() {
    ClinicShift cara = withNoonBreak(3);
    ClinicShift ben = shift(2);
    ClinicSession infusion = lasting("iv", 10 * HOUR, 5 * HOUR, chair(1), cara);
    assertThat(infusion.breakOverlapSeconds()).isEqualTo(1800);
    assertThat(infusion.uncoveredSeconds()).isEqualTo(1800);
    assertThat(infusion.watches())
        .extracting(Watch::nurse, Watch::from, Watch::to)
        .containsExactly(
            tuple(cara, 10 * HOUR, 12 * HOUR), tuple(cara, 12 * HOUR + 1800, 15 * HOUR));

    infusion.setCover(ben);
    assertThat(infusion.uncoveredSeconds()).isZero();
    assertThat(infusion.watches())
        .extracting(Watch::nurse, Watch::from, Watch::to)
        .containsExactly(
            tuple(cara, 10 * HOUR, 12 * HOUR),
            tuple(ben, 12 * HOUR, 12 * HOUR + 1800),
            tuple(cara, 12 * HOUR + 1800, 15 * HOUR));
  }

  @Test
  void aCoverOutsideTheBreakMeansNothing() {
    ClinicSession morning = lasting("m", NINE, HOUR, chair(1), withNoonBreak(3));
    morning.setCover(shift(2));
    assertThat(morning.effectiveCover()).isNull();
    assertThat(morning.watches()).hasSize(1);
  }
}
