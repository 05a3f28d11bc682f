package org.careroute.planning.clinic.solver;

import static org.careroute.planning.clinic.Sessions.CLINIC;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.placed;
import static org.careroute.planning.clinic.Sessions.session;
import static org.careroute.planning.clinic.Sessions.shift;

import java.util.EnumSet;
import java.util.List;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** The clinic rules as they judge a waiting patient's session beside booked ones. */
class WaitingSessionConstraintsTest {

  final ConstraintVerifier<ClinicDayConstraints, ClinicDayPlan> verifier =
      ConstraintVerifier.build(
          new ClinicDayConstraints(), ClinicDayPlan.class, ClinicSession.class);
  final ClinicShift ann = shift(1);

  /** A waiting patient's hour-long session that may start at any of {@code starts}. */
  static ClinicSession waiting(String id, long entryId, List<Long> starts) {
    ClinicSession session =
        new ClinicSession(
            id, CLINIC, starts.get(0), HOUR, false, EnumSet.noneOf(Certification.class));
    session.waitFor(entryId, starts);
    return session;
  }

  @Test
  void waitingPlacedRewardsOneForEachWaitingSessionWithChairAndNurse() {
    verifier
        .verifyThat(ClinicDayConstraints::waitingPlaced)
        .given(
            placed(waiting("w1", 1, List.of(NINE)), NINE, chair(1), ann),
            placed(waiting("w2", 2, List.of(NINE)), NINE, chair(2), ann),
            session("booked", NINE, chair(3), ann))
        .rewardsWith(2);
  }

  @Test
  void waitingPlacedRewardsNothingForAWaitingSessionWithoutNurseOrChair() {
    verifier
        .verifyThat(ClinicDayConstraints::waitingPlaced)
        .given(
            placed(waiting("w1", 1, List.of(NINE)), NINE, chair(1), null),
            placed(waiting("w2", 2, List.of(NINE)), NINE, null, ann))
        .rewardsWith(0);
  }

  @Test
  void unassignedSessionCountsBookedSessionsOnlyNotWaitingOnes() {
    verifier
        .verifyThat(ClinicDayConstraints::unassignedSession)
        .given(
            placed(waiting("w", 1, List.of(NINE)), NINE, null, null),
            session("booked", NINE, chair(1), null))
        .penalizesBy(1);
  }

  @Test
  void promisedStartAndOnTimeLeaveAWaitingSessionAlone() {
    ClinicSession late = placed(waiting("w", 1, List.of(NINE, NINE + 3 * HOUR)), NINE, null, null);
    late.setStart(NINE + 3 * HOUR);
    late.setChair(chair(1));
    late.setShift(ann);
    verifier.verifyThat(ClinicDayConstraints::promisedStart).given(late).penalizesBy(0);
    verifier.verifyThat(ClinicDayConstraints::onTime).given(late).penalizesBy(0);
  }

  @Test
  void chairConflictJudgesAWaitingSessionAsABookedOne() {
    verifier
        .verifyThat(ClinicDayConstraints::chairConflict)
        .given(
            placed(waiting("w", 1, List.of(NINE)), NINE, chair(1), ann),
            session("booked", NINE + 1800, chair(1), ann))
        .penalizesBy(1800);
  }
}
