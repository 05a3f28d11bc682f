package org.careroute.planning.clinic.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.patient.MonitoringLevel;
import org.careroute.domain.model.staff.Certification;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A clinic session to plan: the patient was promised {@code promisedStart}; the session may start
 * within {@code toleranceSeconds} of it and occupies a chair and a nurse's attention for {@code
 * occupancySeconds} (session and observation). Chair and nurse may stay empty when no assignment
 * keeps the hard rules: the dispatcher is then told. A session that runs into the responsible
 * nurse's break (a four-hour infusion outlasts any half of a shift) is watched during the break by
 * a colleague, the cover.
 */
@PlanningEntity
public class ClinicSession {

  @PlanningId private String id;
  private Long clinicId;
  private long promisedStart;
  private long toleranceSeconds;
  private long occupancySeconds;
  private boolean enhanced;
  private Set<Certification> requiredCertifications = EnumSet.noneOf(Certification.class);
  private Long preferredNurseId;
  private Long appointmentId;
  private Long waitlistEntryId;
  private List<Long> startOptions = new ArrayList<>();
  private List<PlanChair> chairOptions = new ArrayList<>();
  private List<ClinicShift> shiftOptions = new ArrayList<>();
  private List<ClinicShift> coverOptions = new ArrayList<>();
  private boolean heldButCover;

  /** Pinned by the dispatcher: the solver leaves start, chair, nurse and cover as they are. */
  @PlanningPin private boolean pinned;

  /** The dispatcher pinned it (the appointment's pin); {@link #pinned} also holds what started. */
  private boolean pinnedByDispatcher;

  @PlanningVariable(valueRangeProviderRefs = "startOptions")
  private Long start;

  @PlanningVariable(valueRangeProviderRefs = "chairOptions", nullable = true)
  private PlanChair chair;

  @PlanningVariable(valueRangeProviderRefs = "shiftOptions", nullable = true)
  private ClinicShift shift;

  /** Who watches the patient during the responsible nurse's break; it means nothing outside one. */
  @PlanningVariable(valueRangeProviderRefs = "coverOptions", nullable = true)
  private ClinicShift cover;

  public ClinicSession() {}

  public ClinicSession(
      String id,
      Long clinicId,
      long promisedStart,
      long occupancySeconds,
      boolean enhanced,
      Set<Certification> requiredCertifications) {
    this.id = id;
    this.clinicId = clinicId;
    this.promisedStart = promisedStart;
    this.occupancySeconds = occupancySeconds;
    this.enhanced = enhanced;
    // ACLS for an ENHANCED patient is the care rules' to add, whoever builds the session.
    this.requiredCertifications = EnumSet.noneOf(Certification.class);
    this.requiredCertifications.addAll(requiredCertifications);
    this.requiredCertifications.addAll(
        CareRules.forMonitoring(enhanced ? MonitoringLevel.ENHANCED : MonitoringLevel.STANDARD));
    this.startOptions = new ArrayList<>(List.of(promisedStart));
  }

  /**
   * Makes this the session a waiting patient could take: no promise, any of {@code starts} (the
   * times they can come), unplaced until the solver finds room; placing it is a reward, never a
   * duty.
   */
  public void waitFor(long entryId, List<Long> starts) {
    this.waitlistEntryId = entryId;
    this.startOptions = new ArrayList<>(starts);
    this.start = null;
  }

  /** A waiting patient's session: it has no appointment and no promise to keep. */
  public boolean isWaiting() {
    return waitlistEntryId != null;
  }

  /** Whether the session has both a chair and a nurse. */
  public boolean isPlaced() {
    return chair != null && shift != null;
  }

  /** Start times on a grid within the tolerance of the promise, the promise itself included. */
  public void allowStartsWithin(long toleranceSeconds, long gridSeconds) {
    this.toleranceSeconds = toleranceSeconds;
    List<Long> options = new ArrayList<>();
    for (long offset = -toleranceSeconds; offset <= toleranceSeconds; offset += gridSeconds) {
      options.add(promisedStart + offset);
    }
    this.startOptions = options;
  }

  /**
   * Re-planning during the day: no start before {@code earliest}. When every start allowed by the
   * promise has passed, the options stay as they are (the session is late whatever the plan).
   */
  public void startNoEarlierThan(long earliest) {
    List<Long> future = startOptions.stream().filter(s -> s >= earliest).toList();
    if (!future.isEmpty()) {
      startOptions = new ArrayList<>(future);
    }
  }

  public void offer(List<PlanChair> chairs, List<ClinicShift> shifts) {
    this.chairOptions = chairs.stream().filter(c -> c.clinicId().equals(clinicId)).toList();
    this.shiftOptions = shifts.stream().filter(s -> s.clinicId().equals(clinicId)).toList();
    this.coverOptions = shiftOptions;
    if (heldButCover) {
      holdAllButCover();
    }
  }

  public long end() {
    return start + occupancySeconds;
  }

  /** Seconds this session and another one run at the same time. */
  public long overlapSeconds(ClinicSession other) {
    return Math.max(0, Math.min(end(), other.end()) - Math.max(start, other.start));
  }

  /** Whether this session is running at the given moment. */
  public boolean runsAt(long moment) {
    return start <= moment && moment < end();
  }

  /**
   * Seconds of the session inside the responsible nurse's break: a colleague must watch the patient
   * then.
   */
  public long breakOverlapSeconds() {
    return shift == null || start == null ? 0 : shift.breakSecondsWithin(start, end());
  }

  /**
   * The colleague watching during the responsible nurse's break; none where the session needs none.
   */
  public ClinicShift effectiveCover() {
    return breakOverlapSeconds() > 0 && cover != null && !cover.equals(shift) ? cover : null;
  }

  /**
   * Seconds in which nobody watches the patient: the responsible nurse is on a break and no
   * colleague covers.
   */
  public long uncoveredSeconds() {
    return effectiveCover() == null ? breakOverlapSeconds() : 0;
  }

  /** The colleague's watch during the responsible nurse's break; null where nobody covers. */
  public Watch coverWatch() {
    return Watch.coverOf(this);
  }

  /**
   * Who watches the patient when: the responsible nurse before and after the break, the cover
   * during it; nobody while the session has no nurse.
   */
  public List<Watch> watches() {
    return Watch.allOf(this);
  }

  public long secondsOffPromise() {
    return Math.abs(start - promisedStart);
  }

  @ValueRangeProvider(id = "startOptions")
  public List<Long> getStartOptions() {
    return startOptions;
  }

  @ValueRangeProvider(id = "chairOptions")
  public List<PlanChair> getChairOptions() {
    return chairOptions;
  }

  /**
   * A session under way keeps its start, chair and nurse while its cover is still to be found (its
   * cover went off sick, or it overran into the nurse's break): the solver may choose only the
   * cover. OptaPlanner 10 pins whole entities, so the other variables are held by their ranges.
   */
  public void holdAllButCover() {
    heldButCover = true;
    startOptions = new ArrayList<>(List.of(start));
    chairOptions = List.of(chair);
    shiftOptions = List.of(shift);
  }

  @ValueRangeProvider(id = "coverOptions")
  public List<ClinicShift> getCoverOptions() {
    return coverOptions;
  }

  @ValueRangeProvider(id = "shiftOptions")
  public List<ClinicShift> getShiftOptions() {
    return shiftOptions;
  }

  public String getId() {
    return id;
  }

  public Long getClinicId() {
    return clinicId;
  }

  public long getPromisedStart() {
    return promisedStart;
  }

  public long getToleranceSeconds() {
    return toleranceSeconds;
  }

  public long getOccupancySeconds() {
    return occupancySeconds;
  }

  public boolean isEnhanced() {
    return enhanced;
  }

  public Set<Certification> getRequiredCertifications() {
    return requiredCertifications;
  }

  /** The stored appointment this plans; null for one being judged before it is booked. */
  public Long getAppointmentId() {
    return appointmentId;
  }

  public void setAppointmentId(Long appointmentId) {
    this.appointmentId = appointmentId;
  }

  /** The waitlist entry a waiting patient's session stands for; null for a booked one. */
  public Long getWaitlistEntryId() {
    return waitlistEntryId;
  }

  public Long getPreferredNurseId() {
    return preferredNurseId;
  }

  public void setPreferredNurseId(Long preferredNurseId) {
    this.preferredNurseId = preferredNurseId;
  }

  public boolean isPinnedByDispatcher() {
    return pinnedByDispatcher;
  }

  public void setPinnedByDispatcher(boolean pinnedByDispatcher) {
    this.pinnedByDispatcher = pinnedByDispatcher;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public Long getStart() {
    return start;
  }

  public void setStart(Long start) {
    this.start = start;
  }

  public PlanChair getChair() {
    return chair;
  }

  public void setChair(PlanChair chair) {
    this.chair = chair;
  }

  public ClinicShift getShift() {
    return shift;
  }

  public void setShift(ClinicShift shift) {
    this.shift = shift;
  }

  public ClinicShift getCover() {
    return cover;
  }

  public void setCover(ClinicShift cover) {
    this.cover = cover;
  }

  @Override
  public String toString() {
    return "session " + id;
  }
}
