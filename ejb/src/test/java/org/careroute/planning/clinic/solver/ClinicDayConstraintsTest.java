package org.careroute.planning.clinic.solver;

import static org.careroute.planning.clinic.Sessions.CLINIC;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.enhanced;
import static org.careroute.planning.clinic.Sessions.lasting;
import static org.careroute.planning.clinic.Sessions.placed;
import static org.careroute.planning.clinic.Sessions.session;
import static org.careroute.planning.clinic.Sessions.shift;
import static org.careroute.planning.clinic.Sessions.withNoonBreak;

import java.util.EnumSet;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.PlanChair;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class ClinicDayConstraintsTest {

  final ConstraintVerifier<ClinicDayConstraints, ClinicDayPlan> verifier =
      ConstraintVerifier.build(
          new ClinicDayConstraints(), ClinicDayPlan.class, ClinicSession.class);
  final ClinicShift ann = shift(1);
  final ClinicShift ben = shift(2);
  final ClinicShift cara = withNoonBreak(3);

  @Test
  void promisedStartCountsSecondsBeyondTheTolerance() {
    ClinicSession session =
        new ClinicSession("s", CLINIC, NINE, HOUR, false, EnumSet.noneOf(Certification.class));
    session.allowStartsWithin(900, 300);
    verifier
        .verifyThat(ClinicDayConstraints::promisedStart)
        .given(placed(session, NINE + 1200, chair(1), ann))
        .penalizesBy(300);
    verifier
        .verifyThat(ClinicDayConstraints::promisedStart)
        .given(placed(session, NINE - 900, chair(1), ann))
        .penalizesBy(0);
  }

  @Test
  void chairConflictCountsSecondsShared() {
    PlanChair one = chair(1);
    verifier
        .verifyThat(ClinicDayConstraints::chairConflict)
        .given(session("a", NINE, one, ann), session("b", NINE + 1800, one, ben))
        .penalizesBy(1800);
    verifier
        .verifyThat(ClinicDayConstraints::chairConflict)
        .given(session("a", NINE, one, ann), session("b", NINE + HOUR, one, ben))
        .penalizesBy(0);
    verifier
        .verifyThat(ClinicDayConstraints::chairConflict)
        .given(session("a", NINE, one, null), session("b", NINE, one, null))
        .penalizesBy(HOUR, "a chair is shared even while no nurse is assigned");
  }

  @Test
  void certificationCountsMissingOnesIncludingAclsForEnhanced() {
    ClinicShift ivOnly = shift(3, EnumSet.of(Certification.IV_THERAPY), 8 * HOUR, 17 * HOUR);
    ClinicSession infusion =
        placed(
            new ClinicSession("iv", CLINIC, NINE, HOUR, true, EnumSet.of(Certification.IV_THERAPY)),
            NINE,
            chair(1),
            ivOnly);
    verifier.verifyThat(ClinicDayConstraints::certification).given(infusion).penalizesBy(1);
    verifier
        .verifyThat(ClinicDayConstraints::certification)
        .given(placed(infusion, NINE, chair(1), ann))
        .penalizesBy(0);
  }

  @Test
  void nurseOnShiftCountsSecondsOffShift() {
    ClinicShift morning =
        new ClinicShift(
            4L,
            4L,
            "Nurse 4",
            EnumSet.allOf(Certification.class),
            CLINIC,
            8 * HOUR,
            NINE + 1800,
            8 * HOUR,
            600);
    verifier
        .verifyThat(ClinicDayConstraints::nurseOnShift)
        .given(session("late", NINE, chair(1), morning))
        .penalizesBy(1800);
    verifier
        .verifyThat(ClinicDayConstraints::nurseOnShift)
        .given(session("early", 8 * HOUR - 300, chair(1), morning))
        .penalizesBy(300, "the break is the cover's concern, not this rule's");
    verifier
        .verifyThat(ClinicDayConstraints::nurseOnShift)
        .given(session("ok", 8 * HOUR + 600, chair(1), morning))
        .penalizesBy(0);
  }

  @Test
  void breakCoveredCountsSecondsNobodyWatches() {
    ClinicSession acrossTheBreak = session("long", 12 * HOUR - 1800, chair(1), cara);
    verifier.verifyThat(ClinicDayConstraints::breakCovered).given(acrossTheBreak).penalizesBy(1800);
    acrossTheBreak.setCover(cara);
    verifier
        .verifyThat(ClinicDayConstraints::breakCovered)
        .given(acrossTheBreak)
        .penalizesBy(1800, "the nurse cannot cover her own break");
    acrossTheBreak.setCover(ben);
    verifier.verifyThat(ClinicDayConstraints::breakCovered).given(acrossTheBreak).penalizesBy(0);
    verifier
        .verifyThat(ClinicDayConstraints::breakCovered)
        .given(session("before", 11 * HOUR, chair(1), cara))
        .penalizesBy(0, "ends as the break begins");
  }

  @Test
  void coverOnShiftCountsSecondsTheColleagueIsAwayOrOnABreak() {
    ClinicShift benOnBreakToo =
        new ClinicShift(
            5L,
            5L,
            "Nurse 5",
            EnumSet.allOf(Certification.class),
            CLINIC,
            8 * HOUR,
            17 * HOUR,
            12 * HOUR + 1200,
            1800);
    ClinicShift benGoneAtNoon =
        shift(6, EnumSet.allOf(Certification.class), 8 * HOUR, 12 * HOUR + 600);
    ClinicSession acrossTheBreak = lasting("long", 11 * HOUR, 3 * HOUR, chair(1), cara);
    acrossTheBreak.setCover(benOnBreakToo);
    verifier.verifyThat(ClinicDayConstraints::coverOnShift).given(acrossTheBreak).penalizesBy(600);
    acrossTheBreak.setCover(benGoneAtNoon);
    verifier.verifyThat(ClinicDayConstraints::coverOnShift).given(acrossTheBreak).penalizesBy(1200);
    acrossTheBreak.setCover(ben);
    verifier.verifyThat(ClinicDayConstraints::coverOnShift).given(acrossTheBreak).penalizesBy(0);
  }

  @Test
  void enhancedAloneCountsSecondsTheNurseIsShared() {
    ClinicSession critical = enhanced("e", NINE, chair(1), ann);
    verifier
        .verifyThat(ClinicDayConstraints::enhancedAlone)
        .given(
            critical, session("s", NINE + 2400, chair(2), ann), session("t", NINE, chair(3), ben))
        .penalizesBy(1200);
    verifier
        .verifyThat(ClinicDayConstraints::enhancedAlone)
        .given(critical, enhanced("f", NINE + 3000, chair(2), ann))
        .penalizesBy(600);
    verifier
        .verifyThat(ClinicDayConstraints::enhancedAlone)
        .given(critical, session("u", NINE + HOUR, chair(2), ann))
        .penalizesBy(0);
  }

  @Test
  void standardRatioCountsEachPatientBeyondThreeAtOnce() {
    verifier
        .verifyThat(ClinicDayConstraints::standardRatio)
        .given(
            session("a", NINE, chair(1), ann),
            session("b", NINE + 600, chair(2), ann),
            session("c", NINE + 1200, chair(3), ann))
        .penalizesBy(0);
    verifier
        .verifyThat(ClinicDayConstraints::standardRatio)
        .given(
            session("a", NINE, chair(1), ann),
            session("b", NINE + 600, chair(2), ann),
            session("c", NINE + 1200, chair(3), ann),
            session("d", NINE + 1800, chair(4), ann),
            session("e", NINE + 2400, chair(5), ann))
        .penalizesBy(1 + 2, "d is the 4th at once, e the 5th");
    verifier
        .verifyThat(ClinicDayConstraints::standardRatio)
        .given(
            session("a", NINE, chair(1), ann),
            session("b", NINE, chair(2), ann),
            session("c", NINE, chair(3), ann),
            session("d", NINE + HOUR, chair(4), ann))
        .penalizesBy(0, "d starts when the others end");
  }

  @Test
  void unassignedChairsAndNursesCostOneMediumEach() {
    verifier
        .verifyThat(ClinicDayConstraints::unassignedSession)
        .given(
            session("a", NINE, null, ann),
            session("b", NINE, chair(1), null),
            session("c", NINE, null, null),
            session("d", NINE, chair(2), ben))
        .penalizesBy(1 + 1 + 2);
  }

  @Test
  void onTimeCountsSecondsOffThePromise() {
    ClinicSession session =
        new ClinicSession("s", CLINIC, NINE, HOUR, false, EnumSet.noneOf(Certification.class));
    verifier
        .verifyThat(ClinicDayConstraints::onTime)
        .given(placed(session, NINE - 600, chair(1), ann))
        .penalizesBy(600);
    verifier
        .verifyThat(ClinicDayConstraints::onTime)
        .given(placed(session, NINE, chair(1), ann))
        .penalizesBy(0);
  }

  @Test
  void continuityPenalisesAnotherNurseThanLastTime() {
    ClinicSession session = session("s", NINE, chair(1), ann);
    session.setPreferredNurseId(ben.nurseId());
    verifier.verifyThat(ClinicDayConstraints::continuity).given(session).penalizesBy(1);
    session.setPreferredNurseId(ann.nurseId());
    verifier.verifyThat(ClinicDayConstraints::continuity).given(session).penalizesBy(0);
  }

  @Test
  void workloadBalanceWeighsSquaredCareMinutes() {
    // Ann: two one-hour sessions, 120 min, 120*120/60 = 240; Ben: one, 60*60/60 = 60.
    verifier
        .verifyThat(ClinicDayConstraints::workloadBalance)
        .given(
            session("a", NINE, chair(1), ann),
            session("b", NINE + HOUR, chair(1), ann),
            session("c", NINE, chair(2), ben))
        .penalizesBy(240 + 60);
    verifier
        .verifyThat(ClinicDayConstraints::workloadBalance)
        .given(session("a", NINE, chair(1), null))
        .penalizesBy(0);
  }

  @Test
  void certificationCountsWhatTheCoveringColleagueLacksToo() {
    ClinicShift ivOnly = shift(4, EnumSet.of(Certification.IV_THERAPY), 8 * HOUR, 17 * HOUR);
    ClinicSession enhancedInfusion =
        placed(
            new ClinicSession(
                "e", CLINIC, 11 * HOUR, 2 * HOUR, true, EnumSet.of(Certification.IV_THERAPY)),
            11 * HOUR,
            chair(1),
            cara);
    enhancedInfusion.setCover(ivOnly);
    verifier
        .verifyThat(ClinicDayConstraints::certification)
        .given(enhancedInfusion)
        .penalizesBy(1, "the cover lacks ACLS");
    enhancedInfusion.setCover(ben);
    verifier.verifyThat(ClinicDayConstraints::certification).given(enhancedInfusion).penalizesBy(0);
  }

  @Test
  void enhancedAloneHoldsForTheCoveringColleague() {
    ClinicSession covered = lasting("covered", 11 * HOUR, 2 * HOUR, chair(1), cara);
    covered.setCover(ben);
    ClinicSession bensEnhanced = enhanced("e", 12 * HOUR - 600, chair(2), ben);
    verifier
        .verifyThat(ClinicDayConstraints::enhancedAlone)
        .given(covered, bensEnhanced)
        .penalizesBy(
            1800,
            "Ben watches Cara's patient for the whole half-hour break, all of it beside his ENHANCED one");
    covered.setCover(ann);
    verifier
        .verifyThat(ClinicDayConstraints::enhancedAlone)
        .given(covered, bensEnhanced)
        .penalizesBy(0);
  }

  @Test
  void standardRatioCountsCoveredPatients() {
    ClinicSession covered = lasting("covered", 11 * HOUR, 2 * HOUR, chair(1), cara);
    covered.setCover(ben);
    ClinicSession a = lasting("a", 11 * HOUR, 2 * HOUR, chair(2), ben);
    ClinicSession b = lasting("b", 11 * HOUR, 2 * HOUR, chair(3), ben);
    ClinicSession c = lasting("c", 11 * HOUR, 2 * HOUR, chair(4), ben);
    verifier
        .verifyThat(ClinicDayConstraints::standardRatio)
        .given(covered, a, b, c)
        .penalizesBy(1, "at noon Ben watches his three and Cara's one");
    verifier.verifyThat(ClinicDayConstraints::standardRatio).given(covered, a, b).penalizesBy(0);
    verifier
        .verifyThat(ClinicDayConstraints::standardRatio)
        .given(
            covered,
            lasting("d", 11 * HOUR, HOUR, chair(2), ben),
            lasting("e", 11 * HOUR, HOUR, chair(3), ben),
            lasting("f", 11 * HOUR, HOUR, chair(4), ben))
        .penalizesBy(0, "Ben's three leave at noon, when Cara's break begins");
  }

  @Test
  void handOverCountsSecondsWatchedByTheCover() {
    ClinicSession covered = lasting("covered", 11 * HOUR, 2 * HOUR, chair(1), cara);
    covered.setCover(ben);
    verifier.verifyThat(ClinicDayConstraints::handOver).given(covered).penalizesBy(1800);
    verifier
        .verifyThat(ClinicDayConstraints::handOver)
        .given(lasting("morning", 9 * HOUR, 2 * HOUR, chair(1), cara))
        .penalizesBy(0);
  }
}
