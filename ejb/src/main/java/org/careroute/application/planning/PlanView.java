package org.careroute.application.planning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A day's plan as the dispatcher sees it: every nurse's route, every clinic session, what is left
 * unassigned, where waiting patients could fit (back-fill: offered on publishing, never booked by
 * it), the score (hard/medium/soft) and which rules cost what.
 */
public record PlanView(
    long clinicId,
    String day,
    PlanStatus status,
    String score,
    boolean feasible,
    List<RouteView> routes,
    List<SessionView> sessions,
    List<UnassignedView> unassigned,
    List<WaitingFitView> waitingFits,
    List<RuleCost> costs,
    JobView job,
    ScoreSummary summary) {

  /**
   * The score in the practice's terms: care rules broken, bookings left without a nurse (or not yet
   * planned), and the field nurses' driving and waiting, with a sentence saying so.
   */
  public record ScoreSummary(
      int rulesBroken,
      int unassigned,
      int notYetPlanned,
      long drivingSeconds,
      long waitingSeconds,
      String text) {}

  /**
   * Where the day's optimisation stands in the cluster: its state (QUEUED, SOLVING, DONE, FAILED),
   * who asked for it and when, which node solves it, and when its best plan was last stored; none
   * when nobody asked.
   */
  public record JobView(
      String state,
      String startedBy,
      OffsetDateTime startedAt,
      String node,
      OffsetDateTime improvedAt) {}

  /** A field nurse's route: the visits in order, with planned arrival and start. */
  public record RouteView(
      Long shiftId,
      Long nurseId,
      String nurseName,
      long travelSeconds,
      double baseLatitude,
      double baseLongitude,
      OffsetDateTime shiftStart,
      OffsetDateTime shiftEnd,
      List<StopView> stops) {}

  /**
   * A home visit on a route; {@code patientInitials} and {@code treatment} (its short name) tell
   * visits apart without a patient's full name on the shared screen.
   */
  public record StopView(
      Long appointmentId,
      String patientInitials,
      String treatment,
      OffsetDateTime arrival,
      OffsetDateTime start,
      OffsetDateTime windowStart,
      OffsetDateTime windowEnd,
      int minutes,
      double latitude,
      double longitude,
      boolean pinned,
      boolean approximateLocation) {}

  /**
   * A clinic session: planned start, chair and nurse, and who watches the patient during the
   * nurse's break.
   */
  public record SessionView(
      Long appointmentId,
      String patientInitials,
      String treatment,
      OffsetDateTime promisedStart,
      OffsetDateTime start,
      int minutes,
      String chair,
      Long nurseId,
      String nurseName,
      boolean enhanced,
      boolean pinned,
      CoverView cover) {}

  /**
   * A place the optimizer found for a waiting patient: not a booking; publishing offers it to the
   * patient, who may take it or let it go. A home visit has no chair; its start is the nurse's
   * planned arrival.
   */
  public record WaitingFitView(
      long waitlistEntryId,
      String patientName,
      String treatment,
      OffsetDateTime start,
      int minutes,
      String chair,
      Long nurseId,
      String nurseName,
      String note) {}

  /** A colleague watching a clinic patient while the responsible nurse is on a break. */
  public record CoverView(Long nurseId, String nurseName, OffsetDateTime from, OffsetDateTime to) {}

  /**
   * Something the plan does not place, why, and where (a home visit's place; none in the clinic).
   */
  public record UnassignedView(
      Long appointmentId,
      String patientInitials,
      String treatment,
      String kind,
      String reason,
      Double latitude,
      Double longitude,
      boolean approximateLocation) {}

  /** One rule's share of the score, with the reasons behind it. */
  public record RuleCost(String rule, String score, List<String> reasons) {}
}
