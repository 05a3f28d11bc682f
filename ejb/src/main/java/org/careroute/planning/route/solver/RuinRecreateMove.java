package org.careroute.planning.route.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.careroute.planning.route.domain.HomeRoutePlan;
import org.careroute.planning.route.domain.HomeVisit;
import org.careroute.planning.route.domain.NurseRoute;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives each of a few routes a complete new list of visits, as a ruin and recreate builds it. The
 * visits only change places among these routes, so every visit stays in some list and only list
 * changes are told to the score director (never an assignment or unassignment).
 */
public final class RuinRecreateMove extends AbstractMove<HomeRoutePlan> {

  private static final String VISITS = "visits";

  private final String kind;
  private final List<NurseRoute> routes;
  private final List<List<HomeVisit>> newVisits;

  /**
   * @param routes the routes changed, each once
   * @param newVisits each route's visits after the move, in order; together the same visits as the
   *     routes hold before it
   */
  public RuinRecreateMove(String kind, List<NurseRoute> routes, List<List<HomeVisit>> newVisits) {
    if (routes.size() != newVisits.size()) {
      throw new IllegalArgumentException(routes.size() + " routes, " + newVisits.size() + " lists");
    }
    this.kind = kind;
    this.routes = List.copyOf(routes);
    this.newVisits = newVisits.stream().map(List::copyOf).toList();
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<HomeRoutePlan> scoreDirector) {
    for (int i = 0; i < routes.size(); i++) {
      if (!routes.get(i).getVisits().equals(newVisits.get(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected RuinRecreateMove createUndoMove(ScoreDirector<HomeRoutePlan> scoreDirector) {
    List<List<HomeVisit>> current = new ArrayList<>(routes.size());
    routes.forEach(route -> current.add(route.getVisits()));
    return new RuinRecreateMove(kind, routes, current);
  }

  /**
   * Tells of every change before making any: a visit that leaves one route for another must still
   * be where the score director saw it when the other route's change is announced.
   */
  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<HomeRoutePlan> scoreDirector) {
    int[] unchangedPrefix = new int[routes.size()];
    for (int i = 0; i < routes.size(); i++) {
      List<HomeVisit> visits = routes.get(i).getVisits();
      unchangedPrefix[i] = commonPrefix(visits, newVisits.get(i));
      scoreDirector.beforeListVariableChanged(
          routes.get(i), VISITS, unchangedPrefix[i], visits.size());
    }
    for (int i = 0; i < routes.size(); i++) {
      List<HomeVisit> visits = routes.get(i).getVisits();
      List<HomeVisit> wanted = newVisits.get(i);
      visits.subList(unchangedPrefix[i], visits.size()).clear();
      visits.addAll(wanted.subList(unchangedPrefix[i], wanted.size()));
    }
    for (int i = 0; i < routes.size(); i++) {
      scoreDirector.afterListVariableChanged(
          routes.get(i), VISITS, unchangedPrefix[i], newVisits.get(i).size());
    }
  }

  private static int commonPrefix(List<HomeVisit> a, List<HomeVisit> b) {
    int length = Math.min(a.size(), b.size());
    int i = 0;
    while (i < length && a.get(i) == b.get(i)) {
      i++;
    }
    return i;
  }

  @Override
  public RuinRecreateMove rebase(ScoreDirector<HomeRoutePlan> destinationScoreDirector) {
    return new RuinRecreateMove(
        kind,
        rebaseList(routes, destinationScoreDirector),
        newVisits.stream().map(list -> rebaseList(list, destinationScoreDirector)).toList());
  }

  @Override
  public String getSimpleMoveTypeDescription() {
    return getClass().getSimpleName() + "(" + kind + ")";
  }

  @Override
  public Collection<NurseRoute> getPlanningEntities() {
    return routes;
  }

  @Override
  public Collection<HomeVisit> getPlanningValues() {
    return newVisits.stream().flatMap(List::stream).toList();
  }

  /** The routes this move changes. */
  public List<NurseRoute> routes() {
    return routes;
  }

  /** What {@code route} holds after the move, or null when the move leaves it alone. */
  public List<HomeVisit> newVisitsOf(NurseRoute route) {
    int at = routes.indexOf(route);
    return at < 0 ? null : newVisits.get(at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuinRecreateMove move
        && routes.equals(move.routes)
        && newVisits.equals(move.newVisits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(routes, newVisits);
  }

  @Override
  public String toString() {
    return kind + " " + routes + " -> " + newVisits;
  }
}
