package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.careroute.application.internal.planning.BookedDay.at;
import static org.careroute.application.internal.planning.BookedDay.epoch;
import static org.careroute.application.internal.planning.BookedDay.nurse;
import static org.careroute.application.internal.planning.Entities.withVersion;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.booking.Appointment;
import org.careroute.domain.model.booking.BreakCover;
import org.careroute.domain.model.booking.Placement;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.practice.PlanningGoals;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;
import org.careroute.domain.model.staff.Shift;
import org.careroute.domain.model.staff.ShiftKind;
import org.careroute.domain.model.treatment.Modality;
import org.careroute.domain.model.treatment.TreatmentType;
import org.careroute.domain.service.StraightLineTravelTimeEstimator;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.domain.shared.TimeInterval;
import org.careroute.planning.clinic.domain.ClinicPlanWeights;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.domain.RoutePlanWeights;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How a day's facts become its two planning problems: pins, the past, break covers, typed ids,
 * overtime, continuity, the care rules and the practice's goals. Clinic nurse Cleo (shift 101) and
 * colleague Cora (shift 102) work the clinic, field nurse Finn (shift 201) the routes; start
 * tolerance 15 minutes on a 5-minute grid.
 */
class DayProblemAssemblerTest {

  private static final GeoPoint PATIENT_HOME = new GeoPoint(38.60, -121.45);

  /** Before anything of the day: nothing is in the past. */
  private static final Instant EARLY = at(6, 0);

  private final BookedDay day = new BookedDay();
  private final Nurse cleo =
      nurse(
          21,
          "Cleo Clinic",
          EnumSet.of(Certification.IV_THERAPY, Certification.ACLS),
          BookedDay.CLINIC_SITE);
  private final Nurse cora =
      nurse(
          22,
          "Cora Covers",
          EnumSet.of(Certification.IV_THERAPY, Certification.ACLS),
          BookedDay.CLINIC_SITE);
  private final Nurse finn =
      nurse(
          31,
          "Finn Field",
          EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT),
          new GeoPoint(38.55, -121.50));
  private final DayProblemAssembler assembler =
      new DayProblemAssembler(new StraightLineTravelTimeEstimator(1.3, 40), Duration.ofMinutes(15));

  private DayProblem assemble(Instant now) {
    return assembler.assemble(day.facts(), List.of(), now, new PlanningGoals());
  }

  private Shift cleosShift() {
    return day.shift(101, cleo, ShiftKind.CLINIC, 8, 16);
  }

  private Shift finnsShift() {
    return day.shift(201, finn, ShiftKind.FIELD, 8, 16);
  }

  /** Cleo on 08:00-16:00 with a half-hour break at noon; Cora on 08:00-16:00 without one. */
  private void cleoWithNoonBreakAndCora() {
    day.clinicShiftWithBreak(101, cleo, 8, 16, at(12, 0), 30);
    day.shift(102, cora, ShiftKind.CLINIC, 8, 16);
  }

  /**
   * A STANDARD infusion promised at {@code promised}, booked on chair 1 with Cleo from {@code
   * planned}.
   */
  private Appointment clinicBooking(long id, Instant promised, Instant planned) {
    return day.book(
        id,
        day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, promised),
        new Placement(cleo, day.chair1, planned));
  }

  /**
   * A home infusion with an arrival window of 09:00-11:00, booked with Finn from {@code planned}.
   */
  private Appointment homeBooking(long id, Instant planned) {
    return day.book(
        id,
        day.homeRequest(day.infusion, at(9, 0), at(11, 0), PATIENT_HOME),
        new Placement(finn, null, planned));
  }

  private static ClinicSession onlySession(DayProblem problem) {
    assertThat(problem.sessions().getSessions()).hasSize(1);
    return problem.sessions().getSessions().get(0);
  }

  private static HomeVisit onlyVisit(DayProblem problem) {
    assertThat(problem.routes().getVisits()).hasSize(1);
    return problem.routes().getVisits().get(0);
  }

  private static NurseRoute staffedRoute(DayProblem problem) {
    List<NurseRoute> staffed =
        problem.routes().getRoutes().stream().filter(NurseRoute::isStaffed).toList();
    assertThat(staffed).hasSize(1);
    return staffed.get(0);
  }

  // Pins

  @Test
  void aPinnedFullyPlacedClinicAppointmentBecomesAPinnedSessionOnItsChairNurseAndPlannedStart() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 10)).pin(true);

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isPinned()).isTrue();
    assertThat(session.getChair()).isEqualTo(new PlanChair(11L, BookedDay.CLINIC_ID, "Chair 1"));
    assertThat(session.getShift().id()).isEqualTo(101L);
    assertThat(session.getShift().nurseId()).isEqualTo(21L);
    assertThat(session.getStart()).isEqualTo(epoch(10, 10));
  }

  @Test
  void anUnpinnedClinicAppointmentStillToComeIsNotPinned() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 10));

    assertThat(onlySession(assemble(EARLY)).isPinned()).isFalse();
  }

  @Test
  void aPinnedClinicAppointmentWithoutAChairIsNotPinned() {
    cleosShift();
    day.book(
            501,
            day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(10, 0)),
            new Placement(cleo, null, at(10, 0)))
        .pin(true);

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isPinned()).as("a pinned session must hold a chair").isFalse();
    assertThat(session.getChair()).isNull();
  }

  @Test
  void aPinnedClinicAppointmentPlannedOutsideItsStartToleranceIsNotPinnedAndStartsAtItsPromise() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 30)).pin(true);

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isPinned()).as("a pinned session must hold its planned start").isFalse();
    assertThat(session.getStart()).isEqualTo(epoch(10, 0));
  }

  @Test
  void aPinnedHomeVisitIsPinnedToItsNurseAtItsPlannedStart() {
    finnsShift();
    homeBooking(502, at(9, 30)).pin(true);

    HomeVisit visit = onlyVisit(assemble(EARLY));

    assertThat(visit.getPinnedNurseId()).isEqualTo(31L);
    assertThat(visit.getWindowStart()).isEqualTo(epoch(9, 30));
    assertThat(visit.getWindowEnd()).isEqualTo(epoch(9, 30));
  }

  @Test
  void aPinnedHomeVisitKeepsThePatientsPromiseApartFromItsNarrowedPlanningWindow() {
    finnsShift();
    homeBooking(502, at(9, 30)).pin(true);

    HomeVisit visit = onlyVisit(assemble(EARLY));

    assertThat(visit.isPinnedByDispatcher()).isTrue();
    assertThat(visit.getPromisedStart()).isEqualTo(epoch(9, 0));
    assertThat(visit.getPromisedEnd()).isEqualTo(epoch(11, 0));
  }

  @Test
  void aHomeVisitKeptInPlaceBecauseItIsPastIsNotPinnedByTheDispatcherAndKeepsItsPromise() {
    finnsShift();
    homeBooking(502, at(9, 10));

    HomeVisit visit = onlyVisit(assemble(at(9, 30)));

    assertThat(visit.getPinnedNurseId()).as("held where it is").isEqualTo(31L);
    assertThat(visit.isPinnedByDispatcher()).isFalse();
    assertThat(visit.getPromisedStart()).isEqualTo(epoch(9, 0));
    assertThat(visit.getPromisedEnd()).isEqualTo(epoch(11, 0));
  }

  @Test
  void aClinicSessionIsPinnedByTheDispatcherExactlyWhenItsAppointmentIs() {
    cleosShift();
    clinicBooking(501, at(9, 0), at(9, 0)).pin(true);
    clinicBooking(503, at(11, 0), at(11, 0));

    List<ClinicSession> sessions = assemble(EARLY).sessions().getSessions();

    assertThat(sessions)
        .extracting(ClinicSession::getAppointmentId, ClinicSession::isPinnedByDispatcher)
        .containsExactlyInAnyOrder(tuple(501L, true), tuple(503L, false));
  }

  @Test
  void anUnpinnedHomeVisitStillToComeKeepsItsPromisedWindowAndNoPinnedNurse() {
    finnsShift();
    homeBooking(502, at(9, 30));

    HomeVisit visit = onlyVisit(assemble(EARLY));

    assertThat(visit.getPinnedNurseId()).isNull();
    assertThat(visit.getWindowStart()).isEqualTo(epoch(9, 0));
    assertThat(visit.getWindowEnd()).isEqualTo(epoch(11, 0));
  }

  // Now

  @Test
  void anUnpinnedClinicAppointmentPlannedBeforeNowIsKeptPinnedWhereItIs() {
    cleosShift();
    clinicBooking(501, at(9, 0), at(9, 5));

    ClinicSession session = onlySession(assemble(at(9, 30)));

    assertThat(session.isPinned()).isTrue();
    assertThat(session.getStart()).isEqualTo(epoch(9, 5));
    assertThat(session.getShift().id()).isEqualTo(101L);
    assertThat(session.getChair().id()).isEqualTo(11L);
  }

  @Test
  void anUnpinnedHomeVisitPlannedBeforeNowIsPinnedToItsNurseAtItsPlannedStart() {
    finnsShift();
    homeBooking(502, at(9, 10));

    HomeVisit visit = onlyVisit(assemble(at(9, 30)));

    assertThat(visit.getPinnedNurseId()).isEqualTo(31L);
    assertThat(visit.getWindowStart()).isEqualTo(epoch(9, 10));
    assertThat(visit.getWindowEnd()).isEqualTo(epoch(9, 10));
  }

  @Test
  void aClinicSessionStillToComeIsOfferedNoStartBeforeNow() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));

    ClinicSession session = onlySession(assemble(at(9, 52)));

    assertThat(session.getStartOptions())
        .containsExactly(epoch(9, 55), epoch(10, 0), epoch(10, 5), epoch(10, 10), epoch(10, 15));
  }

  @Test
  void aClinicSessionBeforeAnyReplanningIsOfferedEveryStartWithinTheTolerance() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.getStartOptions())
        .containsExactly(
            epoch(9, 45),
            epoch(9, 50),
            epoch(9, 55),
            epoch(10, 0),
            epoch(10, 5),
            epoch(10, 10),
            epoch(10, 15));
  }

  @Test
  void aHomeVisitStillToComeHasItsWindowStartCutAtNow() {
    finnsShift();
    homeBooking(502, at(10, 30));

    HomeVisit visit = onlyVisit(assemble(at(9, 40)));

    assertThat(visit.getPinnedNurseId()).isNull();
    assertThat(visit.getWindowStart()).isEqualTo(epoch(9, 40));
    assertThat(visit.getWindowEnd()).isEqualTo(epoch(11, 0));
  }

  @Test
  void anUnplacedHomeVisitWhoseWindowHasPassedIsLeftAWindowOfItsEnd() {
    finnsShift();
    day.book(
        502,
        day.homeRequest(day.infusion, at(9, 0), at(11, 0), PATIENT_HOME),
        new Placement(null, null, null));

    HomeVisit visit = onlyVisit(assemble(at(11, 30)));

    assertThat(visit.getWindowStart()).isEqualTo(epoch(11, 0));
    assertThat(visit.getWindowEnd()).isEqualTo(epoch(11, 0));
  }

  // Covers

  @Test
  void aClinicAppointmentBookedWithABreakCoverGetsThatColleaguesShiftAsItsCover() {
    cleoWithNoonBreakAndCora();
    day.book(
        501,
        day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(11, 30)),
        new Placement(
            cleo,
            day.chair1,
            at(11, 30),
            new BreakCover(cora, new TimeInterval(at(12, 0), at(12, 30)))));

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.getShift().id()).isEqualTo(101L);
    assertThat(session.getCover()).isNotNull();
    assertThat(session.getCover().id()).isEqualTo(102L);
    assertThat(session.getCover().nurseId()).isEqualTo(22L);
  }

  @Test
  void aFixedSessionRunningIntoTheNursesBreakWithoutACoverIsHeldWithOnlyItsCoverLeftToPlan() {
    cleoWithNoonBreakAndCora();
    clinicBooking(501, at(11, 30), at(11, 30)).pin(true);

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.getCover()).isNull();
    assertThat(session.isPinned()).as("pinned, the solver could not give it a cover").isFalse();
    assertThat(session.getStartOptions()).containsExactly(epoch(11, 30));
    assertThat(session.getChairOptions()).extracting(PlanChair::id).containsExactly(11L);
    assertThat(session.getShiftOptions()).extracting(ClinicShift::id).containsExactly(101L);
    assertThat(session.getCoverOptions()).extracting(ClinicShift::id).containsExactly(101L, 102L);
  }

  @Test
  void aFixedSessionWhoseBreakIsCoveredIsPinnedCoverIncluded() {
    cleoWithNoonBreakAndCora();
    day.book(
            501,
            day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(11, 30)),
            new Placement(
                cleo,
                day.chair1,
                at(11, 30),
                new BreakCover(cora, new TimeInterval(at(12, 0), at(12, 30)))))
        .pin(true);

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isPinned()).isTrue();
    assertThat(session.getCover().id()).isEqualTo(102L);
  }

  // Typed ids

  @Test
  void aClinicSessionCarriesItsAppointmentsId() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.getAppointmentId()).isEqualTo(501L);
    assertThat(session.getId()).isEqualTo("501");
  }

  @Test
  void aHomeVisitCarriesItsAppointmentsId() {
    finnsShift();
    homeBooking(502, at(9, 30));

    HomeVisit visit = onlyVisit(assemble(EARLY));

    assertThat(visit.getAppointmentId()).isEqualTo(502L);
    assertThat(visit.getId()).isEqualTo("502");
  }

  @Test
  void aRouteCarriesItsFieldShiftsIdAndTheUnstaffedRouteNone() {
    finnsShift();

    List<NurseRoute> routes = assemble(EARLY).routes().getRoutes();

    assertThat(routes)
        .extracting(NurseRoute::isStaffed, NurseRoute::getShiftId, NurseRoute::getNurseId)
        .containsExactly(tuple(true, 201L, 31L), tuple(false, null, null));
  }

  @Test
  void aHypotheticalClinicAppointmentBecomesASessionWithoutAnAppointmentId() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));
    Appointment judged =
        day.hypothetical(
            day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(13, 0)),
            new Placement(cleo, day.chair2, at(13, 0)));

    DayProblem problem =
        assembler.assemble(day.facts(), List.of(judged), EARLY, new PlanningGoals());

    assertThat(problem.sessions().getSessions())
        .extracting(ClinicSession::getAppointmentId)
        .containsExactly(501L, null);
  }

  @Test
  void hypotheticalAppointmentsJudgedTogetherGetPlanningIdsOfTheirOwn() {
    cleosShift();
    Appointment first =
        day.hypothetical(
            day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(13, 0)),
            new Placement(cleo, day.chair1, at(13, 0)));
    Appointment second =
        day.hypothetical(
            day.clinicRequest(day.infusion, MonitoringLevel.STANDARD, at(14, 0)),
            new Placement(cleo, day.chair1, at(14, 0)));

    DayProblem problem =
        assembler.assemble(day.facts(), List.of(first, second), EARLY, new PlanningGoals());

    assertThat(problem.sessions().getSessions())
        .extracting(ClinicSession::getId)
        .doesNotHaveDuplicates()
        .hasSize(2);
  }

  @Test
  void aHypotheticalHomeAppointmentBecomesAVisitWithoutAnAppointmentId() {
    finnsShift();
    Appointment judged =
        day.hypothetical(
            day.homeRequest(day.infusion, at(13, 0), at(15, 0), PATIENT_HOME),
            new Placement(finn, null, at(13, 0)));

    DayProblem problem =
        assembler.assemble(day.facts(), List.of(judged), EARLY, new PlanningGoals());

    assertThat(onlyVisit(problem).getAppointmentId()).isNull();
  }

  @Test
  void theProblemKeepsTheVersionEachBookedAppointmentWasReadAt() {
    cleosShift();
    finnsShift();
    withVersion(clinicBooking(501, at(10, 0), at(10, 0)), 4);
    withVersion(homeBooking(502, at(9, 30)), 7);

    assertThat(assemble(EARLY).appointmentVersions())
        .containsOnly(entry(501L, 4L), entry(502L, 7L));
  }

  // Routes

  @Test
  void theFieldShiftsOvertimeAllowanceReachesItsRoute() {
    finnsShift().allowOvertime(Duration.ofMinutes(45));

    NurseRoute route = staffedRoute(assemble(EARLY));

    assertThat(route.getOvertimeAllowanceSeconds()).isEqualTo(45 * 60);
    assertThat(route.latestReturn()).isEqualTo(epoch(16, 45));
  }

  @Test
  void aFieldShiftWithoutOvertimeAllowedMustBeBackByItsEnd() {
    finnsShift();

    assertThat(staffedRoute(assemble(EARLY)).latestReturn()).isEqualTo(epoch(16, 0));
  }

  @Test
  void aBookedHomeVisitStartsOnItsNursesRoute() {
    finnsShift();
    homeBooking(502, at(9, 30));

    DayProblem problem = assemble(EARLY);

    assertThat(staffedRoute(problem).getVisits()).containsExactly(onlyVisit(problem));
  }

  // Continuity

  @Test
  void theNurseOfTheSeriesPreviousSessionIsTheSessionsPreferredNurse() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));
    clinicBooking(503, at(13, 0), at(13, 0));
    day.previousNurseIds.put(501L, 77L);

    assertThat(assemble(EARLY).sessions().getSessions())
        .extracting(ClinicSession::getAppointmentId, ClinicSession::getPreferredNurseId)
        .containsExactly(tuple(501L, 77L), tuple(503L, null));
  }

  @Test
  void theNurseOfTheSeriesPreviousSessionIsTheHomeVisitsPreferredNurse() {
    finnsShift();
    homeBooking(502, at(9, 30));
    day.previousNurseIds.put(502L, 78L);

    assertThat(onlyVisit(assemble(EARLY)).getPreferredNurseId()).isEqualTo(78L);
  }

  // Care rules

  @Test
  void anEnhancedClinicAppointmentsSessionRequiresAcls() {
    cleosShift();
    day.book(
        501,
        day.clinicRequest(day.infusion, MonitoringLevel.ENHANCED, at(10, 0)),
        new Placement(cleo, day.chair1, at(10, 0)));

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isEnhanced()).isTrue();
    assertThat(session.getRequiredCertifications())
        .containsExactlyInAnyOrder(Certification.IV_THERAPY, Certification.ACLS);
  }

  @Test
  void aStandardClinicAppointmentsSessionDoesNotRequireAcls() {
    cleosShift();
    clinicBooking(501, at(10, 0), at(10, 0));

    ClinicSession session = onlySession(assemble(EARLY));

    assertThat(session.isEnhanced()).isFalse();
    assertThat(session.getRequiredCertifications()).containsExactly(Certification.IV_THERAPY);
  }

  @Test
  void anIvInfusionSessionRequiresIvTherapyEvenWhenTheCatalogEntryForgotIt() {
    cleosShift();
    TreatmentType forgetful =
        BookedDay.treatment("IV_BARE", Modality.IV_INFUSION, EnumSet.noneOf(Certification.class));
    day.book(
        501,
        day.clinicRequest(forgetful, MonitoringLevel.STANDARD, at(10, 0)),
        new Placement(cleo, day.chair1, at(10, 0)));

    assertThat(onlySession(assemble(EARLY)).getRequiredCertifications())
        .containsExactly(Certification.IV_THERAPY);
  }

  @Test
  void anIvInfusionHomeVisitRequiresIvTherapyEvenWhenTheCatalogEntryForgotIt() {
    finnsShift();
    TreatmentType forgetful =
        BookedDay.treatment("IV_BARE", Modality.IV_INFUSION, EnumSet.noneOf(Certification.class));
    day.book(
        502,
        day.homeRequest(forgetful, at(9, 0), at(11, 0), PATIENT_HOME),
        new Placement(finn, null, at(9, 30)));

    assertThat(onlyVisit(assemble(EARLY)).getRequiredCertifications())
        .containsExactlyInAnyOrder(Certification.IV_THERAPY, Certification.HOME_VISIT);
  }

  @Test
  void aHomeVisitRequiresHomeVisitCertification() {
    finnsShift();
    TreatmentType injection =
        BookedDay.treatment("IM", Modality.IM_INJECTION, EnumSet.noneOf(Certification.class));
    day.book(
        502,
        day.homeRequest(injection, at(9, 0), at(11, 0), PATIENT_HOME),
        new Placement(finn, null, at(9, 30)));

    assertThat(onlyVisit(assemble(EARLY)).getRequiredCertifications())
        .containsExactly(Certification.HOME_VISIT);
  }

  @Test
  void aClinicSessionDoesNotRequireHomeVisitCertification() {
    cleosShift();
    TreatmentType injection =
        BookedDay.treatment("IM", Modality.IM_INJECTION, EnumSet.noneOf(Certification.class));
    day.book(
        501,
        day.clinicRequest(injection, MonitoringLevel.STANDARD, at(10, 0)),
        new Placement(cleo, day.chair1, at(10, 0)));

    assertThat(onlySession(assemble(EARLY)).getRequiredCertifications()).isEmpty();
  }

  // Planning goals

  private static PlanningGoals changedGoals() {
    PlanningGoals goals = new PlanningGoals();
    goals.change(2, 3, 4, 5, 6, 7, 8, 9, 10);
    return goals;
  }

  @Test
  void thePracticesPlanningGoalsBecomeTheRouteWeights() {
    finnsShift();

    RoutePlanWeights weights =
        assembler.assemble(day.facts(), List.of(), EARLY, changedGoals()).routes().getWeights();

    assertThat(weights.getTravelTime()).isEqualTo(HardMediumSoftLongScore.ofSoft(2));
    assertThat(weights.getWaitingTime()).isEqualTo(HardMediumSoftLongScore.ofSoft(3));
    assertThat(weights.getOvertime()).isEqualTo(HardMediumSoftLongScore.ofSoft(4));
    assertThat(weights.getContinuity()).isEqualTo(HardMediumSoftLongScore.ofSoft(5));
    assertThat(weights.getWorkloadBalance()).isEqualTo(HardMediumSoftLongScore.ofSoft(6));
  }

  @Test
  void thePracticesPlanningGoalsBecomeTheClinicWeights() {
    cleosShift();

    ClinicPlanWeights weights =
        assembler.assemble(day.facts(), List.of(), EARLY, changedGoals()).sessions().getWeights();

    assertThat(weights.getOnTime()).isEqualTo(HardMediumSoftLongScore.ofSoft(7));
    assertThat(weights.getContinuity()).isEqualTo(HardMediumSoftLongScore.ofSoft(8));
    assertThat(weights.getWorkloadBalance()).isEqualTo(HardMediumSoftLongScore.ofSoft(9));
    assertThat(weights.getHandOver()).isEqualTo(HardMediumSoftLongScore.ofSoft(10));
  }
}
