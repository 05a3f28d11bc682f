package org.careroute.domain.model.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.careroute.domain.shared.BusinessConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static Screening screen(LocalDate born, ScreeningAnswers answers) {
    Patient patient = new Patient("p@example.com", new PatientDetails("P", born, null, null, null));
    return new Screening(patient, answers, TODAY, NOW);
  }

  private static ScreeningAnswers none() {
    return new ScreeningAnswers(false, false, false, false, false);
  }

  @Test
  void anAdultWithoutRiskIsClearedForStandardMonitoring() {
    Screening screening = screen(LocalDate.of(1980, 1, 1), none());
    assertThat(screening.status()).isEqualTo(ScreeningStatus.CLEARED);
    assertThat(screening.monitoringLevel()).isEqualTo(MonitoringLevel.STANDARD);
    assertThat(screening.allowsConfirmedBookings()).isTrue();
    assertThat(screening.riskFactors()).isEmpty();
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource({
    "true,false,false,false,false,pregnancy",
    "false,true,false,false,false,dementia",
    "false,false,true,false,false,history of substance use",
    "false,false,false,true,false,heart disease",
    "false,false,false,false,true,uncontrolled blood pressure"
  })
  void eachRiskAnswerCallsForEnhancedMonitoringAndAClinician(
      boolean pregnant,
      boolean dementia,
      boolean substance,
      boolean heart,
      boolean pressure,
      String reason) {
    Screening screening =
        screen(
            LocalDate.of(1980, 1, 1),
            new ScreeningAnswers(pregnant, dementia, substance, heart, pressure));
    assertThat(screening.monitoringLevel()).isEqualTo(MonitoringLevel.ENHANCED);
    assertThat(screening.status()).isEqualTo(ScreeningStatus.HOLD);
    assertThat(screening.allowsConfirmedBookings()).isFalse();
    assertThat(screening.riskFactors()).containsExactly(reason);
  }

  @Test
  void minorsNeedAClinicianUntilTheirEighteenthBirthday() {
    assertThat(screen(TODAY.minusYears(18).plusDays(1), none()).riskFactors())
        .containsExactly("under 18");
    assertThat(screen(TODAY.minusYears(18), none()).status()).isEqualTo(ScreeningStatus.CLEARED);
  }

  @Test
  void approvalReleasesTheHoldOnce() {
    Screening screening =
        screen(LocalDate.of(1980, 1, 1), new ScreeningAnswers(false, false, false, true, true));
    assertThat(screening.riskFactors())
        .containsExactly("heart disease", "uncontrolled blood pressure");
    screening.approve("dr@example.com", NOW);
    assertThat(screening.status()).isEqualTo(ScreeningStatus.APPROVED);
    assertThat(screening.monitoringLevel()).isEqualTo(MonitoringLevel.ENHANCED);
    assertThat(screening.allowsConfirmedBookings()).isTrue();
    assertThatThrownBy(() -> screening.approve("dr@example.com", NOW))
        .isInstanceOf(BusinessConflictException.class);
  }

  @Test
  void aDeclineKeepsItsReasonForThePatientAndAllowsNoBookingNorALaterApproval() {
    Screening screening =
        screen(LocalDate.of(1980, 1, 1), new ScreeningAnswers(false, true, false, false, false));
    screening.decline("dr@example.com", "Please see your neurologist first.", NOW);
    assertThat(screening.status()).isEqualTo(ScreeningStatus.DECLINED);
    assertThat(screening.declineReason()).contains("Please see your neurologist first.");
    assertThat(screening.allowsConfirmedBookings()).isFalse();
    assertThat(screening.reviewedBy()).isEqualTo("dr@example.com");
    assertThatThrownBy(() -> screening.approve("dr@example.com", NOW))
        .isInstanceOf(BusinessConflictException.class)
        .hasMessageContaining("can be approved; this one is DECLINED");
  }
}
