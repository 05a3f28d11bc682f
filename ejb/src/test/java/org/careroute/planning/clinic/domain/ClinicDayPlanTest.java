package org.careroute.planning.clinic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.clinic.Sessions.HOUR;
import static org.careroute.planning.clinic.Sessions.NINE;
import static org.careroute.planning.clinic.Sessions.chair;
import static org.careroute.planning.clinic.Sessions.lasting;
import static org.careroute.planning.clinic.Sessions.shift;
import static org.careroute.planning.clinic.Sessions.withNoonBreak;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clinic solve that restarts after a nurse went off sick keeps what it had found for the others.
 */
class ClinicDayPlanTest {

  private static ClinicSession booked(String id, long start) {
    ClinicSession session = lasting(id, start, 2 * HOUR, null, null);
    session.allowStartsWithin(900, 300);
    session.setStart(session.getPromisedStart());
    return session;
  }

  @Test
  void sessionsKeepTheirEarlierPlacementWhereTheirNurseIsStillAtWork() {
    ClinicShift ann = withNoonBreak(1);
    ClinicShift sick = shift(2);
    ClinicShift cara = shift(3);
    ClinicSession annsEarlier = lasting("a", NINE + 600, 2 * HOUR, chair(2), ann);
    ClinicSession coveredEarlier = lasting("b", 11 * HOUR + 300, 2 * HOUR, chair(1), ann);
    coveredEarlier.setCover(sick);
    ClinicSession sicksEarlier = lasting("c", NINE, 2 * HOUR, chair(3), sick);
    ClinicDayPlan earlier =
        new ClinicDayPlan(
            "day",
            List.of(chair(1), chair(2), chair(3)),
            List.of(ann, sick, cara),
            List.of(annsEarlier, coveredEarlier, sicksEarlier));

    ClinicSession a = booked("a", NINE + 600);
    ClinicSession b = booked("b", 11 * HOUR + 300);
    ClinicSession c = booked("c", NINE);
    ClinicSession pinned = booked("p", NINE);
    pinned.setChair(chair(1));
    pinned.setShift(cara);
    pinned.setPinned(true);
    ClinicDayPlan now =
        new ClinicDayPlan(
            "day",
            List.of(chair(1), chair(2), chair(3)),
            List.of(ann, cara),
            List.of(a, b, c, pinned));
    now.continueFrom(earlier);

    assertThat(a.getShift()).isEqualTo(ann);
    assertThat(a.getChair()).isEqualTo(chair(2));
    assertThat(b.getShift()).isEqualTo(ann);
    assertThat(b.getCover()).as("the sick nurse no longer covers").isNull();
    assertThat(c.getShift()).as("the sick nurse's session waits for the solver").isNull();
    assertThat(pinned.getShift()).isEqualTo(cara);
  }
}
