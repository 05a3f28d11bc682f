package org.careroute.planning.route.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.travel.Place;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A field shift as a route: the nurse leaves the home base at the shift's start, serves the visits
 * in order and drives back. One route of a plan is unstaffed: it holds the visits no nurse can take
 * without breaking a hard rule, so that the dispatcher is told instead of the plan breaking a
 * promise.
 */
@PlanningEntity
public class NurseRoute {

  @PlanningId private String id;
  private Long nurseId;
  private Long shiftId;
  private String nurseName;
  private Set<Certification> certifications = EnumSet.noneOf(Certification.class);
  private Place home;
  private long shiftStart;
  private long shiftEnd;
  private long overtimeAllowanceSeconds;
  private Long breakStart;
  private long breakSeconds;
  private Integer kitCapacity;
  private boolean staffed;

  @PlanningListVariable private List<HomeVisit> visits = new ArrayList<>();

  public NurseRoute() {}

  public NurseRoute(
      String id,
      Long nurseId,
      String nurseName,
      Set<Certification> certifications,
      Place home,
      long shiftStart,
      long shiftEnd) {
    this.id = id;
    this.nurseId = nurseId;
    this.nurseName = nurseName;
    this.certifications =
        certifications.isEmpty()
            ? EnumSet.noneOf(Certification.class)
            : EnumSet.copyOf(certifications);
    this.home = home;
    this.shiftStart = shiftStart;
    this.shiftEnd = shiftEnd;
    this.staffed = true;
  }

  /** The route of visits that no nurse takes; it has no shift and no place of its own. */
  public static NurseRoute unstaffed(Place anywhere) {
    NurseRoute route =
        new NurseRoute(
            "unassigned", null, "Unassigned", EnumSet.noneOf(Certification.class), anywhere, 0, 0);
    route.staffed = false;
    return route;
  }

  /**
   * Sets each visit's route, previous and next visit and arrival from the list, as the solver keeps
   * them. A plan that starts from given routes needs this: OptaPlanner 10 derives them only for the
   * visits it moves.
   */
  public void linkVisits() {
    HomeVisit previous = null;
    for (HomeVisit visit : visits) {
      visit.setRoute(this);
      visit.setPrevious(previous);
      visit.setNext(null);
      if (previous != null) {
        previous.setNext(visit);
      }
      visit.setArrival(HomeVisit.arrivalAfter(previous, this, visit.getPlace()));
      previous = visit;
    }
  }

  /**
   * The earliest start, at or after {@code start}, at which a visit of this length does not overlap
   * the break.
   */
  long afterBreak(long start, long serviceSeconds) {
    if (breakStart == null || breakSeconds == 0) {
      return start;
    }
    long breakEnd = breakStart + breakSeconds;
    boolean overlaps = start < breakEnd && breakStart < start + serviceSeconds;
    return overlaps ? breakEnd : start;
  }

  /** When the nurse is back at the home base. */
  public long returnHome() {
    if (visits.isEmpty()) {
      return shiftStart;
    }
    HomeVisit last = visits.get(visits.size() - 1);
    Long departure = last.departure();
    return departure == null ? shiftStart : returnHomeAfter(last, departure);
  }

  /** When the nurse is back at the home base after leaving {@code last} at {@code departure}. */
  public long returnHomeAfter(HomeVisit last, long departure) {
    return departure + last.getPlace().secondsTo(home);
  }

  /** Seconds driven: out to the first visit, between visits, and back home. */
  public long travelSeconds() {
    if (visits.isEmpty()) {
      return 0;
    }
    long total = visits.stream().mapToLong(HomeVisit::travelSecondsFromPrevious).sum();
    return total + visits.get(visits.size() - 1).getPlace().secondsTo(home);
  }

  /** Seconds from leaving home to coming back. */
  public long workSeconds() {
    return visits.isEmpty() ? 0 : returnHome() - shiftStart;
  }

  public int kitsNeeded() {
    return visits.stream().mapToInt(HomeVisit::getKits).sum();
  }

  /** The kits this route is short of when it needs {@code kits}; zero without a capacity. */
  public int kitsShortFor(int kits) {
    return kitCapacity == null ? 0 : Math.max(0, kits - kitCapacity);
  }

  /** The certifications a visit needs that this route's nurse lacks. */
  public Set<Certification> missingCertificationsFor(HomeVisit visit) {
    return CareRules.missing(visit.getRequiredCertifications(), certifications);
  }

  public long latestReturn() {
    return shiftEnd + overtimeAllowanceSeconds;
  }

  public String getId() {
    return id;
  }

  /**
   * The field shift this route works; null for the unstaffed route and for routes of benchmarks.
   */
  public Long getShiftId() {
    return shiftId;
  }

  public void setShiftId(Long shiftId) {
    this.shiftId = shiftId;
  }

  public Long getNurseId() {
    return nurseId;
  }

  public String getNurseName() {
    return nurseName;
  }

  public Set<Certification> getCertifications() {
    return certifications;
  }

  public Place getHome() {
    return home;
  }

  public long getShiftStart() {
    return shiftStart;
  }

  public long getShiftEnd() {
    return shiftEnd;
  }

  public long getOvertimeAllowanceSeconds() {
    return overtimeAllowanceSeconds;
  }

  public void setOvertimeAllowanceSeconds(long overtimeAllowanceSeconds) {
    this.overtimeAllowanceSeconds = overtimeAllowanceSeconds;
  }

  public Long getBreakStart() {
    return breakStart;
  }

  public long getBreakSeconds() {
    return breakSeconds;
  }

  public void setBreak(Long breakStart, long breakSeconds) {
    this.breakStart = breakStart;
    this.breakSeconds = breakSeconds;
  }

  public Integer getKitCapacity() {
    return kitCapacity;
  }

  public void setKitCapacity(Integer kitCapacity) {
    this.kitCapacity = kitCapacity;
  }

  public boolean isStaffed() {
    return staffed;
  }

  public List<HomeVisit> getVisits() {
    return visits;
  }

  public void setVisits(List<HomeVisit> visits) {
    this.visits = visits;
  }

  @Override
  public String toString() {
    return "route " + id;
  }
}
