package org.careroute.planning.route.domain;

import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.planning.travel.Place;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * A home visit to place on a route. The patient was promised that the nurse starts inside {@code
 * [windowStart, windowEnd]}; the nurse then stays {@code serviceSeconds} (session and observation).
 * Times are seconds on the problem's clock.
 */
@PlanningEntity
public class HomeVisit {

  @PlanningId private String id;
  private Place place;
  private long windowStart;
  private long windowEnd;
  private long serviceSeconds;
  private Set<Certification> requiredCertifications = EnumSet.noneOf(Certification.class);
  private int kits = 1;
  private Long preferredNurseId;
  private Long appointmentId;
  private Long waitlistEntryId;
  private Long pinnedNurseId;
  private long promisedStart;
  private long promisedEnd;
  private boolean pinnedByDispatcher;

  @InverseRelationShadowVariable(sourceVariableName = "visits")
  private NurseRoute route;

  @PreviousElementShadowVariable(sourceVariableName = "visits")
  private HomeVisit previous;

  @NextElementShadowVariable(sourceVariableName = "visits")
  private HomeVisit next;

  @ShadowVariable(
      variableListenerClass = ArrivalTimeUpdatingVariableListener.class,
      sourceVariableName = "route")
  @ShadowVariable(
      variableListenerClass = ArrivalTimeUpdatingVariableListener.class,
      sourceVariableName = "previous")
  private Long arrival;

  public HomeVisit() {}

  public HomeVisit(
      String id,
      Place place,
      long windowStart,
      long windowEnd,
      long serviceSeconds,
      Set<Certification> requiredCertifications) {
    this.id = id;
    this.place = place;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.promisedStart = windowStart;
    this.promisedEnd = windowEnd;
    this.serviceSeconds = serviceSeconds;
    this.requiredCertifications =
        requiredCertifications.isEmpty()
            ? EnumSet.noneOf(Certification.class)
            : EnumSet.copyOf(requiredCertifications);
  }

  /**
   * When a nurse on {@code route} arrives at {@code place} coming from {@code previous}, or from
   * the home base at the shift's start; null off a staffed route or after a visit with no times.
   */
  static Long arrivalAfter(HomeVisit previous, NurseRoute route, Place place) {
    if (route == null || !route.isStaffed()) {
      return null;
    }
    if (previous == null) {
      return route.getShiftStart() + route.getHome().secondsTo(place);
    }
    Long departure = previous.departure();
    return departure == null ? null : departure + previous.getPlace().secondsTo(place);
  }

  /**
   * When the nurse starts: on arrival or at the window's start, and never during the nurse's break.
   */
  public Long serviceStart() {
    if (arrival == null) {
      return null;
    }
    return route == null ? Math.max(arrival, windowStart) : serviceStartOn(route, arrival);
  }

  /**
   * When the nurse of {@code route} would start here on arriving at {@code arrival}: the rule
   * {@link #serviceStart()} keeps, for a move weighing a position before it makes it.
   */
  public long serviceStartOn(NurseRoute route, long arrival) {
    return route.afterBreak(Math.max(arrival, windowStart), serviceSeconds);
  }

  public Long departure() {
    Long start = serviceStart();
    return start == null ? null : start + serviceSeconds;
  }

  public long lateSeconds() {
    Long start = serviceStart();
    return start == null ? 0 : lateSecondsStartingAt(start);
  }

  /** How far a start at {@code start} is past the promised window. */
  public long lateSecondsStartingAt(long start) {
    return Math.max(0, start - windowEnd);
  }

  public long waitingSeconds() {
    return arrival == null ? 0 : Math.max(0, windowStart - arrival);
  }

  /** The drive here from the previous visit, or from the nurse's home base. */
  public long travelSecondsFromPrevious() {
    if (route == null) {
      return 0;
    }
    return (previous == null ? route.getHome() : previous.getPlace()).secondsTo(place);
  }

  public boolean isServedByAStaffedRoute() {
    return route != null && route.isStaffed();
  }

  public String getId() {
    return id;
  }

  public Place getPlace() {
    return place;
  }

  public long getWindowStart() {
    return windowStart;
  }

  public long getWindowEnd() {
    return windowEnd;
  }

  public long getServiceSeconds() {
    return serviceSeconds;
  }

  public Set<Certification> getRequiredCertifications() {
    return requiredCertifications;
  }

  public int getKits() {
    return kits;
  }

  public void setKits(int kits) {
    this.kits = kits;
  }

  /**
   * Fixes the visit to this nurse and this start, as a dispatcher pinned it. OptaPlanner 10 cannot
   * pin single elements of a list, so the rule is kept by the score: the window shrinks to the
   * start, and another nurse breaks a hard rule. The promise ({@link #getPromisedStart()}) stays.
   */
  public void pinTo(long nurseId, long start) {
    this.pinnedNurseId = nurseId;
    this.windowStart = start;
    this.windowEnd = start;
  }

  /**
   * The arrival window the patient was promised, which is what every page shows: the planning
   * window ({@link #getWindowStart()}, {@link #getWindowEnd()}) may be narrower, to a pinned start
   * or to what is still to come.
   */
  public void promise(long start, long end) {
    this.promisedStart = start;
    this.promisedEnd = end;
  }

  public long getPromisedStart() {
    return promisedStart;
  }

  public long getPromisedEnd() {
    return promisedEnd;
  }

  /**
   * The dispatcher pinned this visit (the appointment's pin), as against a visit kept in place
   * because it has started or is past.
   */
  public boolean isPinnedByDispatcher() {
    return pinnedByDispatcher;
  }

  public void setPinnedByDispatcher(boolean pinnedByDispatcher) {
    this.pinnedByDispatcher = pinnedByDispatcher;
  }

  public Long getPinnedNurseId() {
    return pinnedNurseId;
  }

  /**
   * Makes this the visit a waiting patient could take: no appointment and no promise; its window is
   * the arrivals the patient can take. Served, it earns a reward; left unstaffed, it costs nothing.
   */
  public void waitFor(long entryId) {
    this.waitlistEntryId = entryId;
  }

  /** A waiting patient's visit: it has no appointment and no promise to keep. */
  public boolean isWaiting() {
    return waitlistEntryId != null;
  }

  /** The waitlist entry a waiting patient's visit stands for; null for a booked one. */
  public Long getWaitlistEntryId() {
    return waitlistEntryId;
  }

  /** The stored appointment this plans; null for one being judged before it is booked. */
  public Long getAppointmentId() {
    return appointmentId;
  }

  public void setAppointmentId(Long appointmentId) {
    this.appointmentId = appointmentId;
  }

  public Long getPreferredNurseId() {
    return preferredNurseId;
  }

  public void setPreferredNurseId(Long preferredNurseId) {
    this.preferredNurseId = preferredNurseId;
  }

  public NurseRoute getRoute() {
    return route;
  }

  public void setRoute(NurseRoute route) {
    this.route = route;
  }

  public HomeVisit getPrevious() {
    return previous;
  }

  public void setPrevious(HomeVisit previous) {
    this.previous = previous;
  }

  public HomeVisit getNext() {
    return next;
  }

  public void setNext(HomeVisit next) {
    this.next = next;
  }

  public Long getArrival() {
    return arrival;
  }

  public void setArrival(Long arrival) {
    this.arrival = arrival;
  }

  @Override
  public String toString() {
    return "visit " + id;
  }
}
