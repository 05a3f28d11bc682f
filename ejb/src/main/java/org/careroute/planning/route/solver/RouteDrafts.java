package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/** The drafts of the routes a move touches, in the order it first touched them. */
final class RouteDrafts {
  private final Map<NurseRoute, RouteDraft> byRoute = new IdentityHashMap<>();
  private final List<RouteDraft> all = new ArrayList<>();

  RouteDraft of(NurseRoute route) {
    return byRoute.computeIfAbsent(
        route,
        r -> {
          RouteDraft draft = new RouteDraft(r);
          all.add(draft);
          return draft;
        });
  }

  /** The drafts so far, as a copy: looking at routes may add drafts. */
  List<RouteDraft> touched() {
    return List.copyOf(all);
  }

  RuinRecreateMove toMove(String kind) {
    List<NurseRoute> routes = new ArrayList<>();
    List<List<HomeVisit>> lists = new ArrayList<>();
    for (RouteDraft draft : all) {
      if (draft.changedFromRoute()) {
        routes.add(draft.route());
        lists.add(draft.visits());
      }
    }
    return routes.isEmpty() ? null : new RuinRecreateMove(kind, routes, lists);
  }
}
