package org.careroute.planning.clinic.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The clinic sessions of a region and horizon with the chairs and clinic shifts that can take them:
 * the planning solution of the clinic problem. Hard rules keep promises, chairs and the
 * nurse:patient ratio; medium counts sessions without chair or nurse; soft measures comfort.
 */
@PlanningSolution
public class ClinicDayPlan {

  private String name;

  @ProblemFactCollectionProperty private List<PlanChair> chairs = new ArrayList<>();

  @ProblemFactCollectionProperty private List<ClinicShift> shifts = new ArrayList<>();

  @PlanningEntityCollectionProperty private List<ClinicSession> sessions = new ArrayList<>();

  @ConstraintConfigurationProvider private ClinicPlanWeights weights = new ClinicPlanWeights();

  @PlanningScore private HardMediumSoftLongScore score;

  public ClinicDayPlan() {}

  /** The plan; each session is offered the chairs and shifts of its own clinic. */
  public ClinicDayPlan(
      String name, List<PlanChair> chairs, List<ClinicShift> shifts, List<ClinicSession> sessions) {
    this.name = name;
    this.chairs = chairs;
    this.shifts = shifts;
    this.sessions = sessions;
    sessions.forEach(s -> s.offer(chairs, shifts));
    weights.outweighWaiting(waitingCount());
  }

  /**
   * Adds waiting patients' sessions ({@link ClinicSession#waitFor}), which the solver fills into
   * the room the booked sessions leave: a booked session left out still costs more than all of them
   * placed.
   */
  public void addWaiting(List<ClinicSession> waiting) {
    waiting.forEach(s -> s.offer(chairs, shifts));
    sessions = new ArrayList<>(sessions);
    sessions.addAll(waiting);
    weights.outweighWaiting(waitingCount());
  }

  /**
   * Waiting sessions the solver never started (a patient who joined after the plan was made) stay
   * unplaced at their first possible start, so that the stored plan counts as fully planned.
   */
  public void leaveUnstartedWaitingUnplaced() {
    sessions.stream()
        .filter(s -> s.isWaiting() && s.getStart() == null && !s.getStartOptions().isEmpty())
        .forEach(s -> s.setStart(s.getStartOptions().get(0)));
  }

  private int waitingCount() {
    return (int) sessions.stream().filter(ClinicSession::isWaiting).count();
  }

  /**
   * Continues from an earlier plan of the same day after its facts changed: each session takes the
   * start, chair, nurse and cover it had there, where it is not pinned here and those still exist
   * here; a session new here, or whose nurse is gone, keeps what it was given here.
   */
  public void continueFrom(ClinicDayPlan earlier) {
    continueFrom(earlier.getSessions().stream().map(SessionPlacement::of).toList());
  }

  /**
   * Continues from an earlier plan given as its sessions' placements (as a stored plan keeps it).
   */
  public void continueFrom(List<SessionPlacement> earlier) {
    Map<String, SessionPlacement> before = new HashMap<>();
    earlier.forEach(p -> before.put(p.sessionId(), p));
    for (ClinicSession session : sessions) {
      SessionPlacement was = before.get(session.getId());
      ClinicShift shift = was == null ? null : byId(shifts, was.shiftId(), ClinicShift::id);
      if (session.isPinned()
          || shift == null
          || was.start() == null
          || !session.getStartOptions().contains(was.start())) {
        continue;
      }
      session.setStart(was.start());
      session.setChair(byId(chairs, was.chairId(), PlanChair::id));
      session.setShift(shift);
      session.setCover(byId(shifts, was.coverShiftId(), ClinicShift::id));
    }
  }

  /**
   * This plan's own instance of a chair or shift, so that the solver finds it in its value ranges;
   * none where it is gone.
   */
  private static <T> T byId(List<T> here, Long id, Function<T, Long> idOf) {
    return id == null
        ? null
        : here.stream().filter(t -> id.equals(idOf.apply(t))).findFirst().orElse(null);
  }

  public String getName() {
    return name;
  }

  public List<PlanChair> getChairs() {
    return chairs;
  }

  public List<ClinicShift> getShifts() {
    return shifts;
  }

  public List<ClinicSession> getSessions() {
    return sessions;
  }

  public ClinicPlanWeights getWeights() {
    return weights;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
