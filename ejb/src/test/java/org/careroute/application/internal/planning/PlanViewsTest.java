package org.careroute.application.internal.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.application.planning.PlanStatus;
import org.careroute.application.planning.PlanView;
import org.careroute.application.planning.PlanView.CoverView;
import org.careroute.application.planning.PlanView.RouteView;
import org.careroute.application.planning.PlanView.RuleCost;
import org.careroute.application.planning.PlanView.SessionView;
import org.careroute.application.planning.PlanView.StopView;
import org.careroute.application.planning.PlanView.UnassignedView;
import org.careroute.domain.model.practice.PlanKey;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.shared.GeoPoint;
import org.careroute.planning.clinic.Sessions;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.careroute.planning.day.DayProblem;
import org.careroute.planning.day.RuleTotal;
import org.careroute.planning.route.Routes;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.careroute.planning.route.solver.RouteJustification;
import org.careroute.planning.route.solver.VisitJustification;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What the dispatcher is shown of a day: every reason a booking can be left unassigned, the typed
 * ids, times in the clinic's zone, the score and the rule costs. Days are built from planning
 * objects (clinic 1, places of {@link Routes}: home base, A 10 minutes away, B 15 minutes) and
 * given their scores directly.
 */
class PlanViewsTest {

  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final LocalDate DAY = LocalDate.of(2027, 3, 3);

  /** Pacific standard time on the test day. */
  private static final ZoneOffset PST = ZoneOffset.ofHours(-8);

  private static final PlanKey KEY = new PlanKey(Sessions.CLINIC, DAY);
  private static final Map<Integer, GeoPoint> POINTS =
      Map.of(
          0,
          new GeoPoint(38.55, -121.50),
          1,
          new GeoPoint(38.60, -121.45),
          2,
          new GeoPoint(38.62, -121.40));
  private static final Set<Certification> ALL = EnumSet.allOf(Certification.class);
  private static final Set<Certification> HOME_ONLY = EnumSet.of(Certification.HOME_VISIT);
  private static final Set<Certification> HOME_IV =
      EnumSet.of(Certification.HOME_VISIT, Certification.IV_THERAPY);
  private static final Set<Certification> IV = EnumSet.of(Certification.IV_THERAPY);
  private static final Set<Certification> NONE = EnumSet.noneOf(Certification.class);

  private static final String NO_FIELD_NURSE_HOLDS =
      "No field nurse on shift holds HOME_VISIT and IV_THERAPY.";
  private static final String NO_FIELD_NURSE_DURING_WINDOW =
      "No HOME_VISIT and IV_THERAPY nurse works ";
  private static final String ROUTES_FULL =
      "Every certified nurse's route is full around the window: adding it would"
          + " make someone late or keep a nurse past the end of the shift.";
  private static final String NO_CLINIC_NURSE_WORKS_THROUGH =
      "No certified clinic nurse works through the session and its observation.";
  private static final String NOTHING_FREE =
      "No chair, no nurse within the monitoring ratio, or no colleague to watch"
          + " the patient through the nurse's break is free within the start tolerance.";

  private final List<NurseRoute> routes = new ArrayList<>();
  private final List<HomeVisit> visits = new ArrayList<>();
  private final NurseRoute unstaffed = NurseRoute.unstaffed(Routes.HOME);
  private final List<PlanChair> chairs = new ArrayList<>(List.of(Sessions.chair(11)));
  private final List<ClinicShift> shifts = new ArrayList<>();
  private final List<ClinicSession> sessions = new ArrayList<>();
  private final Map<Long, WaitingFits.Label> waitingLabels = new HashMap<>();
  private HardMediumSoftLongScore routeScore = HardMediumSoftLongScore.ZERO;
  private HardMediumSoftLongScore sessionScore = HardMediumSoftLongScore.ZERO;
  private Set<Long> approximate = Set.of();
  private Map<Long, BookingLabel> labels = Map.of();

  private static long at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(ZONE).toEpochSecond();
  }

  private static OffsetDateTime pst(int hour, int minute) {
    return OffsetDateTime.of(DAY, LocalTime.of(hour, minute), PST);
  }

  /**
   * The time as the client reads it, offset included: AssertJ compares OffsetDateTimes on the time
   * line only, which would not tell the clinic's zone from UTC.
   */
  private static String pstText(int hour, int minute) {
    return pst(hour, minute).toString();
  }

  /** A field nurse's route working shift {@code shiftId}, from the home base. */
  private NurseRoute route(
      long shiftId, long nurseId, Set<Certification> certifications, long start, long end) {
    NurseRoute route =
        new NurseRoute(
            "shift-" + shiftId,
            nurseId,
            "Nurse " + nurseId,
            certifications,
            Routes.HOME,
            start,
            end);
    route.setShiftId(shiftId);
    routes.add(route);
    return route;
  }

  /** A home visit of an hour at place A, needing HOME_VISIT and IV_THERAPY. */
  private HomeVisit visit(long appointmentId, long windowStart, long windowEnd) {
    HomeVisit visit =
        new HomeVisit(
            String.valueOf(appointmentId), Routes.A, windowStart, windowEnd, 3600, HOME_IV);
    visit.setAppointmentId(appointmentId);
    visits.add(visit);
    return visit;
  }

  private ClinicShift clinicShift(
      long nurseId, Set<Certification> certifications, long start, long end) {
    ClinicShift shift = Sessions.shift(nurseId, certifications, start, end);
    shifts.add(shift);
    return shift;
  }

  /**
   * A session of an hour promised at {@code promised}, needing IV_THERAPY, starting at {@code
   * start} unplaced.
   */
  private ClinicSession session(long appointmentId, long promised, long start, boolean enhanced) {
    ClinicSession session =
        new ClinicSession(
            String.valueOf(appointmentId), Sessions.CLINIC, promised, 3600, enhanced, IV);
    session.setAppointmentId(appointmentId);
    session.setStart(start);
    sessions.add(session);
    return session;
  }

  private PlanView view() {
    return view(List.of());
  }

  private PlanView view(List<RuleTotal> explanation) {
    List<NurseRoute> all = new ArrayList<>(routes);
    all.add(unstaffed);
    all.forEach(NurseRoute::linkVisits);
    HomeRoutePlan routePlan = new HomeRoutePlan(KEY.id(), all, visits);
    routePlan.setScore(routeScore);
    ClinicDayPlan sessionPlan = new ClinicDayPlan(KEY.id(), chairs, shifts, sessions);
    sessionPlan.setScore(sessionScore);
    return PlanViews.of(
        new DayProblem(KEY, ZONE, routePlan, sessionPlan, POINTS, Map.of()),
        PlanStatus.SOLVED,
        explanation,
        null,
        approximate,
        labels,
        waitingLabels);
  }

  @Test
  void aVisitToAHomeOnlyThePostalCodeLocatedIsMarkedApproximateAndTheOthersAreNot() {
    NurseRoute route = route(7, 70, HOME_IV, at(8, 0), at(16, 0));
    route.getVisits().add(visit(501, at(9, 0), at(11, 0)));
    route.getVisits().add(visit(503, at(12, 0), at(14, 0)));
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));
    approximate = Set.of(501L, 502L);

    PlanView view = view();

    assertThat(view.routes().get(0).stops())
        .extracting(s -> s.appointmentId() + ":" + s.approximateLocation())
        .containsExactly("501:true", "503:false");
    assertThat(unassigned(view, 502).approximateLocation()).isTrue();
  }

  @Test
  void everyVisitAndSessionIsNamedByThePatientsInitialsAndTheTreatmentAndACancelledOneByNothing() {
    NurseRoute route = route(7, 70, HOME_IV, at(8, 0), at(16, 0));
    route.getVisits().add(visit(501, at(9, 0), at(11, 0)));
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));
    session(601, at(10, 0), at(10, 0), false);
    labels =
        Map.of(
            501L, new BookingLabel("M. A.", "IV 40 min"),
            502L, new BookingLabel("J. L. P.", "IM injection"),
            601L, new BookingLabel("Å. Ö.", "Lozenge"));
    session(602, at(11, 0), at(11, 0), false);

    PlanView view = view();

    StopView stop = view.routes().get(0).stops().get(0);
    assertThat(stop.patientInitials() + " " + stop.treatment()).isEqualTo("M. A. IV 40 min");
    UnassignedView visit = unassigned(view, 502);
    assertThat(visit.patientInitials() + " " + visit.treatment())
        .isEqualTo("J. L. P. IM injection");
    assertThat(view.sessions())
        .extracting(s -> s.appointmentId() + " " + s.patientInitials() + " " + s.treatment())
        .containsExactly("601 Å. Ö. Lozenge", "602 null null");
    assertThat(unassigned(view, 601).treatment()).isEqualTo("Lozenge");
  }

  private static UnassignedView unassigned(PlanView view, long appointmentId) {
    return view.unassigned().stream()
        .filter(u -> u.appointmentId() == appointmentId)
        .findFirst()
        .orElseThrow();
  }

  // Why a home visit is left unassigned

  @Test
  void aHomeVisitNoFieldNurseIsCertifiedForIsUnassignedForWantOfTheCertifications() {
    route(201, 31, HOME_ONLY, at(8, 0), at(16, 0));
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(unassigned(view(), 502).reason()).isEqualTo(NO_FIELD_NURSE_HOLDS);
  }

  @Test
  void aHomeVisitOnADayWithoutFieldNursesIsUnassignedForWantOfTheCertifications() {
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(unassigned(view(), 502).reason()).isEqualTo(NO_FIELD_NURSE_HOLDS);
  }

  @Test
  void aHomeVisitWhoseWindowNoCertifiedFieldNurseWorksIsUnassignedForWantOfANurseThen() {
    route(201, 31, HOME_IV, at(8, 0), at(12, 0));
    route(202, 32, HOME_ONLY, at(12, 0), at(16, 0));
    unstaffed.getVisits().add(visit(502, at(13, 0), at(14, 0)));

    assertThat(unassigned(view(), 502).reason())
        .isEqualTo(NO_FIELD_NURSE_DURING_WINDOW + "13:00–14:00.");
  }

  @Test
  void
      aHomeVisitWhoseWindowACertifiedFieldNursesShiftStartsInIsUnassignedBecauseTheRoutesAreFull() {
    route(201, 31, HOME_IV, at(12, 30), at(16, 0));
    unstaffed.getVisits().add(visit(502, at(12, 0), at(13, 0)));

    assertThat(unassigned(view(), 502).reason()).isEqualTo(ROUTES_FULL);
  }

  @Test
  void aHomeVisitWhoseWindowOpensAsTheOnlyCertifiedShiftEndsIsUnassignedForWantOfANurseThen() {
    route(201, 31, HOME_IV, at(8, 0), at(12, 0));
    unstaffed.getVisits().add(visit(502, at(12, 0), at(13, 0)));

    assertThat(unassigned(view(), 502).reason())
        .isEqualTo(NO_FIELD_NURSE_DURING_WINDOW + "12:00–13:00.");
  }

  @Test
  void aHomeVisitACertifiedFieldNurseWorksThroughIsUnassignedBecauseTheRoutesAreFull() {
    route(201, 31, HOME_IV, at(8, 0), at(12, 0));
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(unassigned(view(), 502).reason()).isEqualTo(ROUTES_FULL);
  }

  @Test
  void anUnassignedHomeVisitCarriesItsAppointmentIdAndKind() {
    route(201, 31, HOME_IV, at(8, 0), at(12, 0));
    unstaffed.getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(view().unassigned())
        .extracting(UnassignedView::appointmentId, UnassignedView::kind)
        .containsExactly(tuple(502L, "home visit"));
  }

  @Test
  void aHomeVisitOnNoRouteAtAllIsUnassignedWithItsPlaceAndWhatToDo() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0));
    visit(502, at(9, 0), at(11, 0));

    UnassignedView released = unassigned(view(), 502);

    assertThat(released.kind()).isEqualTo("home visit");
    assertThat(released.reason()).isEqualTo(PlanViews.NOT_ROUTED);
    assertThat(released.latitude()).isNotNull();
    assertThat(released.longitude()).isNotNull();
  }

  @Test
  void aHomeVisitOnAStaffedRouteIsNotUnassigned() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(view().unassigned()).isEmpty();
  }

  // Why a clinic session is left unassigned

  @Test
  void aSessionNoClinicNurseIsCertifiedForIsUnassignedForWantOfTheCertifications() {
    clinicShift(21, NONE, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false);

    assertThat(unassigned(view(), 501).reason())
        .isEqualTo("No clinic nurse on shift holds IV_THERAPY.");
  }

  @Test
  void
      anEnhancedSessionWhoseNursesHoldTheTreatmentsCertificationButNotAclsIsUnassignedForWantOfAcls() {
    clinicShift(
        21, EnumSet.of(Certification.IV_THERAPY, Certification.HOME_VISIT), at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), true);

    assertThat(unassigned(view(), 501).reason())
        .isEqualTo("No clinic nurse on shift holds ACLS and IV_THERAPY.");
  }

  @Test
  void aSessionNoCertifiedClinicNurseWorksThroughIsUnassignedForWantOfANurseThen() {
    clinicShift(21, IV, at(8, 0), at(10, 30));
    clinicShift(22, NONE, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false);

    assertThat(unassigned(view(), 501).reason()).isEqualTo(NO_CLINIC_NURSE_WORKS_THROUGH);
  }

  @Test
  void aSessionACertifiedClinicNurseWorksThroughIsUnassignedForWantOfAChairARatioOrACover() {
    clinicShift(21, IV, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false);

    assertThat(unassigned(view(), 501).reason()).isEqualTo(NOTHING_FREE);
  }

  @Test
  void
      aSessionOneOfSeveralCertifiedClinicNursesWorksThroughIsUnassignedForWantOfAChairARatioOrACover() {
    clinicShift(21, IV, at(8, 0), at(10, 30));
    clinicShift(22, IV, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false);

    assertThat(unassigned(view(), 501).reason()).isEqualTo(NOTHING_FREE);
  }

  @Test
  void aSessionWithAChairButNoNurseIsUnassignedWithItsAppointmentIdAndKind() {
    clinicShift(21, IV, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false).setChair(chairs.get(0));

    assertThat(view().unassigned())
        .extracting(UnassignedView::appointmentId, UnassignedView::kind)
        .containsExactly(tuple(501L, "clinic session"));
  }

  @Test
  void aSessionWithANurseButNoChairIsUnassignedWithItsAppointmentIdAndKind() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    session(501, at(10, 0), at(10, 0), false).setShift(cleo);

    assertThat(view().unassigned())
        .extracting(UnassignedView::appointmentId, UnassignedView::kind)
        .containsExactly(tuple(501L, "clinic session"));
  }

  @Test
  void aSessionWithChairAndNurseIsNotUnassigned() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    Sessions.placed(session(501, at(10, 0), at(10, 0), false), at(10, 0), chairs.get(0), cleo);

    assertThat(view().unassigned()).isEmpty();
  }

  // Typed ids

  @Test
  void aRouteViewCarriesItsShiftIdAndNurseId() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0));

    assertThat(view().routes())
        .extracting(RouteView::shiftId, RouteView::nurseId, RouteView::nurseName)
        .containsExactly(tuple(201L, 31L, "Nurse 31"));
  }

  @Test
  void aStopViewCarriesItsAppointmentId() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(visit(502, at(9, 0), at(11, 0)));

    assertThat(view().routes().get(0).stops())
        .extracting(StopView::appointmentId)
        .containsExactly(502L);
  }

  @Test
  void aSessionViewCarriesItsAppointmentIdAndItsNursesId() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    Sessions.placed(session(501, at(10, 0), at(10, 0), false), at(10, 0), chairs.get(0), cleo);

    assertThat(view().sessions())
        .extracting(SessionView::appointmentId, SessionView::nurseId, SessionView::chair)
        .containsExactly(tuple(501L, 21L, "Chair 11"));
  }

  // Times in the clinic's zone

  @Test
  void aRouteViewShowsItsShiftInTheClinicsZone() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0));

    RouteView route = view().routes().get(0);

    assertThat(route.shiftStart()).hasToString(pstText(8, 0));
    assertThat(route.shiftEnd()).hasToString(pstText(16, 0));
  }

  @Test
  void aStopViewShowsArrivalStartAndWindowInTheClinicsZone() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(visit(502, at(9, 0), at(11, 0)));

    StopView stop = view().routes().get(0).stops().get(0);

    assertThat(stop.arrival()).as("ten minutes from the home base").hasToString(pstText(8, 10));
    assertThat(stop.start()).as("not before the window").hasToString(pstText(9, 0));
    assertThat(stop.windowStart()).hasToString(pstText(9, 0));
    assertThat(stop.windowEnd()).hasToString(pstText(11, 0));
  }

  // Pins: the promise is shown, and what the dispatcher pinned

  @Test
  void aPinnedStopShowsThePatientsPromisedWindowNotThePinnedMinute() {
    HomeVisit pinned = visit(502, at(8, 0), at(10, 0));
    pinned.pinTo(31, at(8, 22));
    pinned.setPinnedByDispatcher(true);
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(pinned);

    StopView stop = view().routes().get(0).stops().get(0);

    assertThat(stop.pinned()).isTrue();
    assertThat(stop.start()).as("where it is pinned").hasToString(pstText(8, 22));
    assertThat(stop.windowStart()).as("the promise").hasToString(pstText(8, 0));
    assertThat(stop.windowEnd()).as("the promise").hasToString(pstText(10, 0));
  }

  @Test
  void aStopHeldInPlaceButNotPinnedByTheDispatcherIsNotShownPinned() {
    HomeVisit past = visit(502, at(8, 0), at(10, 0));
    past.pinTo(31, at(8, 22));
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(past);

    StopView stop = view().routes().get(0).stops().get(0);

    assertThat(stop.pinned()).isFalse();
    assertThat(stop.windowStart()).hasToString(pstText(8, 0));
    assertThat(stop.windowEnd()).hasToString(pstText(10, 0));
  }

  @Test
  void aPlacedWaitingPatientIsShownAsAWaitingFitNeverAsASessionOrUnassigned() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    chairs.add(Sessions.chair(12));
    Sessions.placed(session(501, at(9, 0), at(9, 0), false), at(9, 0), chairs.get(0), cleo);
    ClinicSession fits = waiting(7, at(11, 0));
    Sessions.placed(fits, at(11, 0), chairs.get(1), cleo);
    waiting(8, at(12, 0));
    waitingLabels.put(7L, new WaitingFits.Label("Wanda Waits", "IV"));

    PlanView view = view();

    assertThat(view.sessions()).extracting(SessionView::appointmentId).containsExactly(501L);
    assertThat(view.unassigned()).isEmpty();
    assertThat(view.waitingFits())
        .singleElement()
        .satisfies(
            fit -> {
              assertThat(fit.waitlistEntryId()).isEqualTo(7L);
              assertThat(fit.patientName()).isEqualTo("Wanda Waits");
              assertThat(fit.start().toInstant().getEpochSecond()).isEqualTo(at(11, 0));
              assertThat(fit.chair()).isEqualTo(chairs.get(1).label());
              assertThat(fit.note()).startsWith("Waiting patient could fit here");
            });
  }

  @Test
  void aServedWaitingHomePatientIsShownAsAWaitingFitNeverAsAStopOrUnassigned() {
    NurseRoute route = route(7, 70, HOME_IV, at(8, 0), at(16, 0));
    route.getVisits().add(visit(501, at(9, 0), at(11, 0)));
    HomeVisit served = waitingVisit(7, at(12, 0), at(14, 0));
    route.getVisits().add(served);
    unstaffed.getVisits().add(waitingVisit(8, at(9, 0), at(10, 0)));
    waitingLabels.put(7L, new WaitingFits.Label("Wanda Waits", "IV"));

    PlanView view = view();

    assertThat(view.routes().get(0).stops())
        .extracting(StopView::appointmentId)
        .containsExactly(501L);
    assertThat(view.unassigned()).isEmpty();
    assertThat(view.waitingFits())
        .singleElement()
        .satisfies(
            fit -> {
              assertThat(fit.waitlistEntryId()).isEqualTo(7L);
              assertThat(fit.patientName()).isEqualTo("Wanda Waits");
              assertThat(fit.start().toInstant().getEpochSecond())
                  .as("the planned arrival")
                  .isEqualTo(served.serviceStart());
              assertThat(fit.chair()).isNull();
              assertThat(fit.nurseId()).isEqualTo(70L);
              assertThat(fit.note()).startsWith("Waiting patient could fit here");
            });
  }

  /** A waiting home patient's visit of an hour at place B, arriving between the two times. */
  private HomeVisit waitingVisit(long entryId, long earliest, long latest) {
    HomeVisit visit =
        new HomeVisit("waiting-" + entryId, Routes.B, earliest, latest, 3600, HOME_IV);
    visit.waitFor(entryId);
    visits.add(visit);
    return visit;
  }

  /** A waiting patient's session of an hour that may start at {@code start}, unplaced. */
  private ClinicSession waiting(long entryId, long start) {
    ClinicSession session =
        new ClinicSession("waiting-" + entryId, Sessions.CLINIC, start, 3600, false, IV);
    session.waitFor(entryId, List.of(start));
    session.setStart(start);
    sessions.add(session);
    return session;
  }

  @Test
  void aSessionViewIsPinnedExactlyWhenTheDispatcherPinnedIt() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    chairs.add(Sessions.chair(12));
    ClinicSession pinned = session(501, at(10, 0), at(10, 0), false);
    Sessions.placed(pinned, at(10, 0), chairs.get(0), cleo);
    pinned.setPinned(true);
    pinned.setPinnedByDispatcher(true);
    ClinicSession held = session(503, at(9, 0), at(9, 0), false);
    Sessions.placed(held, at(9, 0), chairs.get(1), cleo);
    held.setPinned(true);

    assertThat(view().sessions())
        .extracting(SessionView::appointmentId, SessionView::pinned)
        .containsExactly(tuple(503L, false), tuple(501L, true));
  }

  @Test
  void aSessionViewShowsPromisedAndPlannedStartInTheClinicsZone() {
    ClinicShift cleo = clinicShift(21, IV, at(8, 0), at(16, 0));
    Sessions.placed(session(501, at(10, 0), at(10, 15), false), at(10, 15), chairs.get(0), cleo);

    SessionView session = view().sessions().get(0);

    assertThat(session.promisedStart()).hasToString(pstText(10, 0));
    assertThat(session.start()).hasToString(pstText(10, 15));
  }

  @Test
  void aSessionViewShowsTheColleagueWatchingThroughTheNursesBreakInTheClinicsZone() {
    ClinicShift cleo =
        new ClinicShift(
            21L, 21L, "Cleo", ALL, Sessions.CLINIC, at(8, 0), at(16, 0), at(12, 0), 1800);
    shifts.add(cleo);
    ClinicShift cora = clinicShift(22, ALL, at(8, 0), at(16, 0));
    ClinicSession session =
        Sessions.placed(
            session(501, at(11, 30), at(11, 30), false), at(11, 30), chairs.get(0), cleo);
    session.setCover(cora);

    assertThat(view().sessions().get(0).cover())
        .isEqualTo(new CoverView(22L, "Nurse 22", pst(12, 0), pst(12, 30)));
  }

  @Test
  void routeAndStopViewsCarryTheCoordinatesOfTheirPlaces() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0)).getVisits().add(visit(502, at(9, 0), at(11, 0)));

    RouteView route = view().routes().get(0);

    assertThat(route.baseLatitude()).isEqualTo(38.55);
    assertThat(route.baseLongitude()).isEqualTo(-121.50);
    assertThat(route.stops().get(0).latitude()).isEqualTo(38.60);
    assertThat(route.stops().get(0).longitude()).isEqualTo(-121.45);
  }

  // Score and rule costs

  @Test
  void theScoreIsTheSumOfBothPlansScores() {
    routeScore = HardMediumSoftLongScore.ofSoft(-100);
    sessionScore = HardMediumSoftLongScore.of(0, -1, -50);

    PlanView view = view();

    assertThat(view.score()).isEqualTo("0hard/-1medium/-150soft");
    assertThat(view.feasible()).as("unassigned bookings weigh medium, not hard").isTrue();
  }

  @Test
  void aPlanBreakingAHardRuleInEitherPartIsInfeasible() {
    routeScore = HardMediumSoftLongScore.ofSoft(-100);
    sessionScore = HardMediumSoftLongScore.ofHard(-1);

    PlanView view = view();

    assertThat(view.score()).isEqualTo("-1hard/0medium/-100soft");
    assertThat(view.feasible()).isFalse();
  }

  @Test
  void theRuleCostsAreTheGivenRuleTotalsInTheirOrderWithTheirJustificationsAsText() {
    List<RuleTotal> explanation =
        List.of(
            new RuleTotal(
                "Travel time",
                HardMediumSoftLongScore.ofSoft(-1200),
                List.of("route shift-201", 42)),
            new RuleTotal("Unassigned visit", HardMediumSoftLongScore.ofMedium(-1), List.of()));

    assertThat(view(explanation).costs())
        .containsExactly(
            new RuleCost(
                "Travel time", "0hard/0medium/-1200soft", List.of("route shift-201", "42")),
            new RuleCost("Unassigned visit", "0hard/-1medium/0soft", List.of()));
  }

  @Test
  void reasonsNameTheNurseAndTheVisitsTimesInTheClinicsZoneNeverAPlanningId() {
    route(201, 31, HOME_IV, at(8, 0), at(16, 0));
    HomeVisit late = visit(501, at(9, 0), at(11, 0));
    routes.get(0).getVisits().add(late);
    unstaffed.getVisits().add(visit(502, at(13, 0), at(14, 0)));
    List<RuleTotal> explanation =
        List.of(
            new RuleTotal(
                "Travel time",
                HardMediumSoftLongScore.ofSoft(-6990),
                List.of(new RouteJustification("shift-201", "drives 1 h 57 min"))),
            new RuleTotal(
                "Arrival window",
                HardMediumSoftLongScore.ofHard(-600),
                List.of(
                    new VisitJustification(
                        "501", "shift-201", "starts 10 min after the promised window closes"))),
            new RuleTotal(
                "Unassigned visit",
                HardMediumSoftLongScore.ofMedium(-1),
                List.of(new VisitJustification("502", null, "no nurse can take it"))));

    assertThat(view(explanation).costs())
        .extracting(RuleCost::reasons)
        .containsExactly(
            List.of("Nurse 31 drives 1 h 57 min"),
            List.of(
                "Home visit 09:00–11:00 with Nurse 31: starts 10 min after the promised window"
                    + " closes"),
            List.of(
                "Home visit 13:00–14:00 cannot be served: every certified nurse's route is full"
                    + " around the window: adding it would make someone late or keep a nurse past"
                    + " the end of the shift."));
  }

  @Test
  void theViewNamesTheClinicTheDayAndTheStatus() {
    PlanView view = view();

    assertThat(view.clinicId()).isEqualTo(Sessions.CLINIC);
    assertThat(view.day()).isEqualTo("2027-03-03");
    assertThat(view.status()).isEqualTo(PlanStatus.SOLVED);
  }
}
