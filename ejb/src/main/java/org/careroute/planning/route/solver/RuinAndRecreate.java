package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;

/**
 * Builds ruin and recreate moves on a working plan: slack induction by string removals (SISR,
 * Christiaens and Vanden Berghe 2020) takes a few strings of consecutive visits out of the routes
 * near a seed visit, half of them split (a run of visits inside kept); emptying takes every visit
 * off one short route. The visits taken out go back, booked visits before waiting patients', half
 * the time by regret-3, else one by one in an order drawn at random, each where it adds the least
 * driving and keeps every promise, skipping a position now and then (blinks); a visit that fits
 * nowhere goes to the unstaffed route. Visits pinned by the dispatcher are never taken out.
 */
final class RuinAndRecreate {

  /** The paper's average number of visits taken out; its maximum string length. */
  static final int AVERAGE_REMOVED = 10;

  static final int MAXIMUM_STRING = 10;
  static final double BLINK_RATE = 0.01;

  /** The paper's split rate (how often a string keeps a run of its visits) and split depth. */
  static final double SPLIT_RATE = 0.5;

  static final double SPLIT_DEPTH = 0.01;

  /** How often the visits go back by regret rather than one by one in a drawn order. */
  static final double REGRET_RATE = 0.5;

  private static final RegretInsertion REGRET = new RegretInsertion(3, BLINK_RATE);

  /** How many of a visit's nearest visits lend their routes as places to put it back. */
  private static final int ROUTES_NEAR_A_VISIT = 20;

  /** How many short routes an emptying picks among at random before taking the shortest. */
  private static final int EMPTYING_CANDIDATES = 3;

  private final List<NurseRoute> staffed = new ArrayList<>();
  private final NurseRoute unstaffed;
  private final VisitNeighbours neighbours;
  private final List<HomeVisit> visits;

  RuinAndRecreate(HomeRoutePlan plan, VisitNeighbours neighbours) {
    NurseRoute unstaffedRoute = null;
    for (NurseRoute route : plan.getRoutes()) {
      if (route.isStaffed()) {
        staffed.add(route);
      } else {
        unstaffedRoute = route;
      }
    }
    this.unstaffed = unstaffedRoute;
    this.neighbours = neighbours;
    this.visits = plan.getVisits();
  }

  /** A string removal around a random seed, recreated; null if it would change nothing. */
  RuinRecreateMove stringRemoval(Random random) {
    if (visits.isEmpty()) {
      return null;
    }
    RouteDrafts drafts = new RouteDrafts();
    List<HomeVisit> removed = new ArrayList<>();
    double stringCap = Math.min(MAXIMUM_STRING, averageRouteSize());
    double stringsCap = 4.0 * AVERAGE_REMOVED / (1 + stringCap) - 1;
    int strings = (int) Math.floor(1 + random.nextDouble() * stringsCap);
    HomeVisit seed = visits.get(random.nextInt(visits.size()));
    Set<NurseRoute> ruined = Collections.newSetFromMap(new IdentityHashMap<>());
    int unassignedTaken = 0;
    HomeVisit[] near = neighbours.of(seed);
    for (int i = -1; i < near.length && ruined.size() < strings; i++) {
      HomeVisit visit = i < 0 ? seed : near[i];
      NurseRoute route = visit.getRoute();
      if (route == null || isPinned(visit)) {
        continue;
      }
      if (!route.isStaffed()) {
        if (unassignedTaken++ < strings && !removed.contains(visit)) {
          drafts.of(route).remove(visit);
          removed.add(visit);
        }
      } else if (ruined.add(route)) {
        removeString(route, visit, (int) Math.floor(stringCap), drafts, removed, random);
      }
    }
    recreate(removed, drafts, null, random);
    return drafts.toMove("string removal");
  }

  /**
   * Takes a string of consecutive visits around {@code around} off the route; now and then (the
   * paper's split string) a string one visit or more longer, keeping a run of visits inside it.
   */
  private void removeString(
      NurseRoute route,
      HomeVisit around,
      int stringCap,
      RouteDrafts drafts,
      List<HomeVisit> removed,
      Random random) {
    List<HomeVisit> onRoute = route.getVisits();
    int length = 1 + random.nextInt(Math.max(1, Math.min(onRoute.size(), stringCap)));
    int kept =
        length >= 2 && random.nextDouble() < SPLIT_RATE
            ? keptInSplit(onRoute.size() - length, random)
            : 0;
    int span = length + kept;
    int at = onRoute.indexOf(around);
    int first = Math.max(0, at - span + 1);
    int last = Math.min(at, onRoute.size() - span);
    int start = first + random.nextInt(last - first + 1);
    int keptFrom = kept == 0 ? start + span : start + 1 + random.nextInt(length - 1);
    RouteDraft draft = drafts.of(route);
    for (int i = start; i < start + span; i++) {
      HomeVisit visit = onRoute.get(i);
      if ((i < keptFrom || i >= keptFrom + kept) && !isPinned(visit)) {
        draft.remove(visit);
        removed.add(visit);
      }
    }
  }

  /** One visit kept, one more each time a draw falls under the split depth; none without room. */
  private static int keptInSplit(int room, Random random) {
    if (room < 1) {
      return 0;
    }
    int kept = 1;
    while (kept < room && random.nextDouble() < SPLIT_DEPTH) {
      kept++;
    }
    return kept;
  }

  /** Every visit of a short route put elsewhere; null if it would change nothing. */
  RuinRecreateMove routeEmptying(Random random) {
    NurseRoute shortest = null;
    for (int tries = 0; tries < 4 * EMPTYING_CANDIDATES && !staffed.isEmpty(); tries++) {
      NurseRoute route = staffed.get(random.nextInt(staffed.size()));
      if (!route.getVisits().isEmpty()
          && (shortest == null || route.getVisits().size() < shortest.getVisits().size())) {
        shortest = route;
      }
      if (shortest != null && tries >= EMPTYING_CANDIDATES) {
        break;
      }
    }
    if (shortest == null) {
      return null;
    }
    RouteDrafts drafts = new RouteDrafts();
    List<HomeVisit> removed = new ArrayList<>();
    RouteDraft emptied = drafts.of(shortest);
    for (HomeVisit visit : shortest.getVisits()) {
      if (!isPinned(visit)) {
        emptied.remove(visit);
        removed.add(visit);
      }
    }
    recreate(removed, drafts, shortest, random);
    return drafts.toMove("route emptying");
  }

  private void recreate(
      List<HomeVisit> removed, RouteDrafts drafts, NurseRoute excluded, Random random) {
    // Booked visits go back first: a waiting patient only takes what the booked ones leave.
    List<HomeVisit> booked = new ArrayList<>();
    List<HomeVisit> waiting = new ArrayList<>();
    for (HomeVisit visit : removed) {
      (visit.isWaiting() ? waiting : booked).add(visit);
    }
    boolean byRegret = random.nextDouble() < REGRET_RATE;
    recreateInTurn(booked, byRegret, drafts, excluded, random);
    recreateInTurn(waiting, byRegret, drafts, excluded, random);
  }

  private void recreateInTurn(
      List<HomeVisit> removed,
      boolean byRegret,
      RouteDrafts drafts,
      NurseRoute excluded,
      Random random) {
    if (removed.isEmpty()) {
      return;
    }
    if (byRegret) {
      REGRET.recreate(
          removed,
          visit -> candidates(visit, drafts, excluded, random),
          drafts.of(unstaffed),
          random);
      return;
    }
    removed.sort(insertionOrder(random));
    for (HomeVisit visit : removed) {
      RouteDraft.Insertion best = null;
      for (RouteDraft draft : candidates(visit, drafts, excluded, random)) {
        RouteDraft.Insertion found =
            draft.cheapest(
                visit, random, BLINK_RATE, best == null ? RouteDraft.INFEASIBLE : best.cost());
        best = found == null ? best : found;
      }
      if (best == null) {
        RouteDraft rest = drafts.of(unstaffed);
        rest.insert(rest.visits().size(), visit);
      } else {
        best.draft().insert(best.index(), visit);
      }
    }
  }

  /**
   * The routes already reshaped, those of the visit's nearest visits, and one empty route that may
   * take it: a visit is put back near where it belongs.
   */
  private List<RouteDraft> candidates(
      HomeVisit visit, RouteDrafts drafts, NurseRoute excluded, Random random) {
    Set<NurseRoute> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<RouteDraft> candidates = new ArrayList<>();
    for (RouteDraft draft : drafts.touched()) {
      if (seen.add(draft.route())) {
        candidates.add(draft);
      }
    }
    HomeVisit[] near = neighbours.of(visit);
    for (int i = 0; i < Math.min(ROUTES_NEAR_A_VISIT, near.length); i++) {
      NurseRoute route = near[i].getRoute();
      if (route != null && seen.add(route)) {
        candidates.add(drafts.of(route));
      }
    }
    int offset = staffed.isEmpty() ? 0 : random.nextInt(staffed.size());
    for (int i = 0; i < staffed.size(); i++) {
      NurseRoute route = staffed.get((offset + i) % staffed.size());
      if (route.getVisits().isEmpty() && !seen.contains(route)) {
        RouteDraft draft = drafts.of(route);
        if (draft.mayTake(visit)) {
          candidates.add(draft);
          break;
        }
      }
    }
    candidates.removeIf(draft -> draft.route() == excluded || !draft.mayTake(visit));
    return candidates;
  }

  /** The paper's orders of putting back: at random, tightest window first, farthest first. */
  private static Comparator<HomeVisit> insertionOrder(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> {
        Map<HomeVisit, Double> keys = new IdentityHashMap<>();
        yield Comparator.comparingDouble(v -> keys.computeIfAbsent(v, k -> random.nextDouble()));
      }
      case 1 -> Comparator.comparingLong(v -> v.getWindowEnd() - v.getWindowStart());
      default ->
          Comparator.comparingLong(
              (HomeVisit v) -> -v.getRoute().getHome().secondsTo(v.getPlace()));
    };
  }

  private double averageRouteSize() {
    long served = 0;
    int used = 0;
    for (NurseRoute route : staffed) {
      if (!route.getVisits().isEmpty()) {
        served += route.getVisits().size();
        used++;
      }
    }
    return used == 0 ? 1 : Math.max(1.0, (double) served / used);
  }

  static boolean isPinned(HomeVisit visit) {
    return visit.getPinnedNurseId() != null;
  }
}
