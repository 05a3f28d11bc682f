package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.application.internal.planning.WaitlistDay.HEART;
import static org.careroute.application.internal.planning.WaitlistDay.NOW;
import static org.careroute.application.internal.planning.WaitlistDay.NO_RISK;
import static org.careroute.application.internal.planning.WaitlistDay.at;

import java.time.Instant;
import java.util.List;
import org.careroute.domain.model.clinic.Clinic;
import org.careroute.domain.model.patient.ScreeningAnswers;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.domain.model.waitlist.WaitlistEntry;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.junit.jupiter.api.Test;

/** Which waiting patients the optimizer may fit into a clinic day, and when they could start. */
class WaitingSessionsTest {

  private final WaitlistDay day = new WaitlistDay();
  private final Clinic clinic = day.clinic;
  private final PlanKey key = day.key;

  private WaitlistEntry entry(long id, ScreeningAnswers answers, CareSetting setting) {
    return day.entry(id, answers, setting);
  }

  @Test
  void aClearedClinicPatientMayStartOnTheBookingGridAtTheTimesTheyCanCome() {
    List<ClinicSession> sessions =
        WaitingSessions.of(
            WaitingDay.of(
                List.of(entry(7, NO_RISK, CareSetting.CLINIC)), List.of(), clinic, key, NOW));

    assertThat(sessions)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.isWaiting()).isTrue();
              assertThat(s.getWaitlistEntryId()).isEqualTo(7L);
              assertThat(s.getAppointmentId()).isNull();
              assertThat(s.getStartOptions()).containsExactly(at(9, 0), at(9, 30), at(10, 0));
              assertThat(s.getStart()).as("the solver chooses").isNull();
              assertThat(s.getOccupancySeconds()).isEqualTo(3600);
              assertThat(s.getRequiredCertifications()).contains(Certification.IV_THERAPY);
            });
  }

  @Test
  void heldUnscreenedHomeAndLetGoPatientsAreLeftOut() {
    List<ClinicSession> sessions =
        WaitingSessions.of(
            WaitingDay.of(
                List.of(
                    entry(1, HEART, CareSetting.CLINIC),
                    entry(2, null, CareSetting.CLINIC),
                    entry(3, NO_RISK, CareSetting.HOME),
                    entry(4, NO_RISK, CareSetting.CLINIC),
                    entry(5, NO_RISK, CareSetting.CLINIC)),
                List.of(4L),
                clinic,
                key,
                NOW));

    assertThat(sessions).extracting(ClinicSession::getWaitlistEntryId).containsExactly(5L);
  }

  @Test
  void aWaitingPatientIsGivenNoStartBeforeNow() {
    Instant nineFifteen = Instant.ofEpochSecond(at(9, 15));
    List<ClinicSession> sessions =
        WaitingSessions.of(
            WaitingDay.of(
                List.of(entry(7, NO_RISK, CareSetting.CLINIC)),
                List.of(),
                clinic,
                key,
                nineFifteen));

    assertThat(sessions.get(0).getStartOptions()).containsExactly(at(9, 30), at(10, 0));
  }
}
