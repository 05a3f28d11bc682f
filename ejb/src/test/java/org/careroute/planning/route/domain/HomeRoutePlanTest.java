package org.careroute.planning.route.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.planning.route.Routes.A;
import static org.careroute.planning.route.Routes.B;
import static org.careroute.planning.route.Routes.EIGHT;
import static org.careroute.planning.route.Routes.HOUR;
import static org.careroute.planning.route.Routes.assign;
import static org.careroute.planning.route.Routes.route;
import static org.careroute.planning.route.Routes.visit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A route solve that restarts after a booking keeps what it had found. */
class HomeRoutePlanTest {

  private static HomeVisit at(String id, int hour) {
    return visit(id, hour % 2 == 0 ? A : B, EIGHT + hour * HOUR, EIGHT + (hour + 2) * HOUR, HOUR);
  }

  private static List<String> ids(NurseRoute route) {
    return route.getVisits().stream().map(HomeVisit::getId).toList();
  }

  @Test
  void aVisitHeldToItsNurseHereStaysOnItsRouteWhereTheEarlierPlanHadItWithAnother() {
    NurseRoute ann = route("ann");
    NurseRoute ben = route("ben");
    HomeRoutePlan earlier =
        new HomeRoutePlan("day", List.of(assign(ann), assign(ben, at("p", 1))), List.of());

    // Pinned to ann since: the earlier plan's placement with ben no longer holds.
    HomeVisit p = at("p", 1);
    NurseRoute annNow = route("ann");
    p.pinTo(annNow.getNurseId(), EIGHT + HOUR);
    annNow = assign(annNow, p);
    NurseRoute benNow = assign(route("ben"));
    HomeRoutePlan now =
        new HomeRoutePlan("day", new ArrayList<>(List.of(annNow, benNow)), List.of(p));

    now.continueFrom(earlier);

    assertThat(ids(annNow)).containsExactly("p");
    assertThat(ids(benNow)).isEmpty();
  }

  @Test
  void routesKeepTheEarlierOrderAndNewVisitsJoinByTheirWindow() {
    NurseRoute ann = route("ann");
    NurseRoute ben = route("ben");
    NurseRoute gone = route("gone");
    HomeRoutePlan earlier =
        new HomeRoutePlan(
            "day",
            List.of(
                assign(ann, at("a", 3), at("b", 1)),
                assign(ben, at("c", 4)),
                assign(gone, at("e", 2))),
            List.of());

    // Booked state now: b was cancelled, d is new with ben, the gone nurse's e was rebooked with
    // ann.
    HomeVisit a = at("a", 3);
    HomeVisit c = at("c", 4);
    HomeVisit d = at("d", 2);
    HomeVisit e = at("e", 2);
    NurseRoute annNow = assign(route("ann"), e, a);
    NurseRoute benNow = assign(route("ben"), c, d);
    HomeRoutePlan now =
        new HomeRoutePlan("day", new ArrayList<>(List.of(annNow, benNow)), List.of(a, c, d, e));

    now.continueFrom(earlier);

    assertThat(ids(annNow)).containsExactly("e", "a");
    assertThat(ids(benNow)).containsExactly("d", "c");
    assertThat(d.getRoute()).isSameAs(benNow);
    assertThat(d.getNext()).isSameAs(c);
    assertThat(c.getArrival()).as("arrivals follow the new order").isNotNull();
  }

  @Test
  void withNothingNewTheEarlierPlanComesBackAsItWas() {
    HomeRoutePlan earlier =
        new HomeRoutePlan("day", List.of(assign(route("ann"), at("b", 1), at("a", 3))), List.of());
    HomeVisit a = at("a", 3);
    HomeVisit b = at("b", 1);
    NurseRoute annNow = assign(route("ann"), a, b);
    new HomeRoutePlan("day", List.of(annNow), List.of(a, b)).continueFrom(earlier);
    assertThat(ids(annNow)).containsExactly("b", "a");
  }
}
