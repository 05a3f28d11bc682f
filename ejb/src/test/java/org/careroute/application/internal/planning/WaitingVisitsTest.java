package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.application.internal.planning.WaitlistDay.HEART;
import static org.careroute.application.internal.planning.WaitlistDay.HOME;
import static org.careroute.application.internal.planning.WaitlistDay.NOW;
import static org.careroute.application.internal.planning.WaitlistDay.NO_RISK;
import static org.careroute.application.internal.planning.WaitlistDay.at;

import java.time.Instant;
import java.util.List;
import org.careroute.application.internal.planning.WaitingVisits.WaitingVisit;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.travel.TravelMatrix;
import org.junit.jupiter.api.Test;

/** Which waiting home patients the optimizer may fit into the routes, and when it may arrive. */
class WaitingVisitsTest {

  private final WaitlistDay day = new WaitlistDay();

  @Test
  void aClearedHomePatientMayBeVisitedFromTheFirstToTheLastArrivalWindowTheyCanTake() {
    List<WaitingVisit> visits =
        WaitingVisits.of(
            WaitingDay.of(
                List.of(day.entry(7, NO_RISK, CareSetting.HOME)),
                List.of(),
                day.clinic,
                day.key,
                NOW));

    assertThat(visits)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.entryId()).isEqualTo(7L);
              assertThat(w.home()).isEqualTo(HOME);
              // Two-hour windows open on the hour: at 9 and at 10 o'clock for a patient free 9-10.
              assertThat(w.earliestArrival()).isEqualTo(at(9, 0));
              assertThat(w.latestArrival()).isEqualTo(at(10, 0));
              assertThat(w.serviceSeconds()).isEqualTo(3600);
              assertThat(w.certifications())
                  .contains(Certification.IV_THERAPY, Certification.HOME_VISIT);
            });
    HomeVisit visit = visits.get(0).at(TravelMatrix.of(new long[][] {{0}}).place(0));
    assertThat(visit.isWaiting()).isTrue();
    assertThat(visit.getWaitlistEntryId()).isEqualTo(7L);
    assertThat(visit.getAppointmentId()).isNull();
    assertThat(visit.getRoute()).as("the solver places it").isNull();
  }

  @Test
  void heldUnscreenedClinicLetGoAndHomelessPatientsAreLeftOut() {
    List<WaitingVisit> visits =
        WaitingVisits.of(
            WaitingDay.of(
                List.of(
                    day.entry(1, HEART, CareSetting.HOME),
                    day.entry(2, null, CareSetting.HOME),
                    day.entry(3, NO_RISK, CareSetting.CLINIC),
                    day.entry(4, NO_RISK, CareSetting.HOME),
                    day.entry(5, NO_RISK, CareSetting.HOME, null),
                    day.entry(6, NO_RISK, CareSetting.HOME)),
                List.of(4L),
                day.clinic,
                day.key,
                NOW));

    assertThat(visits).extracting(WaitingVisit::entryId).containsExactly(6L);
  }

  @Test
  void aWaitingHomePatientIsGivenNoArrivalWindowOpeningBeforeNow() {
    Instant nineFifteen = Instant.ofEpochSecond(at(9, 15));
    List<WaitingVisit> visits =
        WaitingVisits.of(
            WaitingDay.of(
                List.of(day.entry(7, NO_RISK, CareSetting.HOME)),
                List.of(),
                day.clinic,
                day.key,
                nineFifteen));

    assertThat(visits.get(0).earliestArrival()).isEqualTo(at(10, 0));
    assertThat(visits.get(0).latestArrival()).isEqualTo(at(10, 0));
  }
}
