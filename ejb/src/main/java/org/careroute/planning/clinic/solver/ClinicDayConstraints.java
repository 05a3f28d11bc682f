package org.careroute.planning.clinic.solver;

import static org.careroute.planning.clinic.domain.ClinicPlanWeights.CONTINUITY;
import static org.careroute.planning.clinic.domain.ClinicPlanWeights.HAND_OVER;
import static org.careroute.planning.clinic.domain.ClinicPlanWeights.ON_TIME;
import static org.careroute.planning.clinic.domain.ClinicPlanWeights.UNASSIGNED;
import static org.careroute.planning.clinic.domain.ClinicPlanWeights.WORKLOAD_BALANCE;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import java.util.Set;
import org.careroute.domain.model.care.CareRules;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.shared.Durations;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;
import org.careroute.planning.clinic.domain.Watch;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of clinic sessions. Hard: the start keeps the promise, one patient per chair at a time,
 * the nurse is certified and on shift, a colleague (certified, on shift, not on a break of their
 * own) watches the patient during the nurse's break, and each nurse watches patients within the
 * care rules' ratio ({@link CareRules}: three STANDARD at once, or one ENHANCED alone), observation
 * and covered patients included. Medium: every booked session has a chair and a nurse, and then as
 * many waiting patients as fit are placed. Soft: seconds off the promised start, continuity of
 * nurse, balanced work, seconds handed over to a colleague. A waiting patient's session keeps every
 * hard rule as a booked one does, but has no promise.
 */
public class ClinicDayConstraints implements ConstraintProvider {

  public static final String PROMISED_START = "Start within the promise's tolerance";
  public static final String CHAIR_CONFLICT = "One patient per chair";
  public static final String CERTIFICATION = "Nurse certified for the session";
  public static final String NURSE_ON_SHIFT = "Nurse on shift";
  public static final String BREAK_COVERED = "A colleague watches during the nurse's break";
  public static final String COVER_ON_SHIFT = "Covering colleague on shift, not on a break";
  public static final String ENHANCED_ALONE = "ENHANCED patient has the nurse alone";
  public static final String STANDARD_RATIO = "At most three STANDARD patients per nurse";
  public static final String WAITING_PLACED = "Waiting patient placed";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      promisedStart(factory),
      chairConflict(factory),
      certification(factory),
      nurseOnShift(factory),
      breakCovered(factory),
      coverOnShift(factory),
      enhancedAlone(factory),
      standardRatio(factory),
      unassignedSession(factory),
      waitingPlaced(factory),
      onTime(factory),
      continuity(factory),
      workloadBalance(factory),
      handOver(factory)
    };
  }

  /**
   * Every session with a start, whether or not it has a chair and a nurse: forEach() would drop
   * sessions with an empty chair or nurse, and with them their claim on the other one.
   */
  private static UniConstraintStream<ClinicSession> sessions(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(ClinicSession.class).filter(s -> s.getStart() != null);
  }

  /**
   * Booked sessions: a waiting patient's session has no promise, and being unplaced is no fault.
   */
  private static UniConstraintStream<ClinicSession> booked(ConstraintFactory factory) {
    return sessions(factory).filter(s -> !s.isWaiting());
  }

  Constraint promisedStart(ConstraintFactory factory) {
    return booked(factory)
        .filter(s -> s.secondsOffPromise() > s.getToleranceSeconds())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, s -> s.secondsOffPromise() - s.getToleranceSeconds())
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    "starts "
                        + Durations.words(s.secondsOffPromise() - s.getToleranceSeconds())
                        + " beyond the promise's tolerance"))
        .asConstraint(PROMISED_START);
  }

  Constraint chairConflict(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.getChair() != null)
        .join(
            sessions(factory).filter(s -> s.getChair() != null),
            Joiners.equal(ClinicSession::getChair),
            Joiners.lessThan(ClinicSession::getId),
            Joiners.overlapping(ClinicSession::getStart, ClinicSession::end))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ClinicSession::overlapSeconds)
        .justifyWith(
            (a, b, score) ->
                new SessionJustification(
                    a.getId(),
                    b.getId(),
                    "share chair "
                        + a.getChair().label()
                        + " for "
                        + Durations.words(a.overlapSeconds(b))))
        .asConstraint(CHAIR_CONFLICT);
  }

  /**
   * The responsible nurse and the colleague covering the break both hold what the session needs.
   */
  Constraint certification(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.getShift() != null && missingCertifications(s) > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ClinicDayConstraints::missingCertifications)
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    s.getShift().nurseName()
                        + " lacks "
                        + Certification.list(missing(s, s.getShift()))
                        + (s.effectiveCover() == null
                            ? ""
                            : ", "
                                + s.effectiveCover().nurseName()
                                + " (covering) lacks "
                                + Certification.list(missing(s, s.effectiveCover())))))
        .asConstraint(CERTIFICATION);
  }

  private static long missingCertifications(ClinicSession session) {
    ClinicShift cover = session.effectiveCover();
    return missing(session, session.getShift()).size()
        + (cover == null ? 0 : missing(session, cover).size());
  }

  private static Set<Certification> missing(ClinicSession session, ClinicShift nurse) {
    return CareRules.missing(session.getRequiredCertifications(), nurse.certifications());
  }

  Constraint nurseOnShift(ConstraintFactory factory) {
    return sessions(factory)
        .filter(
            s -> s.getShift() != null && s.getShift().secondsOffShift(s.getStart(), s.end()) > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            s -> s.getShift().secondsOffShift(s.getStart(), s.end()))
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    s.getShift().nurseName()
                        + " is off shift for "
                        + Durations.words(s.getShift().secondsOffShift(s.getStart(), s.end()))
                        + " of it"))
        .asConstraint(NURSE_ON_SHIFT);
  }

  Constraint breakCovered(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.uncoveredSeconds() > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, ClinicSession::uncoveredSeconds)
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    s.getShift().nurseName()
                        + "'s break leaves the patient without a nurse for "
                        + Durations.words(s.uncoveredSeconds())))
        .asConstraint(BREAK_COVERED);
  }

  Constraint coverOnShift(ConstraintFactory factory) {
    return watches(factory)
        .filter(
            w ->
                !w.nurse().equals(w.session().getShift())
                    && w.nurse().secondsUnavailable(w.from(), w.to()) > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, w -> w.nurse().secondsUnavailable(w.from(), w.to()))
        .justifyWith(
            (w, score) ->
                new SessionJustification(
                    w.session().getId(),
                    null,
                    w.nurse().nurseName()
                        + " covers while off shift or on a break for "
                        + Durations.words(w.nurse().secondsUnavailable(w.from(), w.to()))))
        .asConstraint(COVER_ON_SHIFT);
  }

  /**
   * Every stretch in which a nurse watches a patient: the responsible nurse's, and the cover's
   * during a break.
   */
  private static UniConstraintStream<Watch> watches(ConstraintFactory factory) {
    return sessions(factory).flattenLast(ClinicSession::watches);
  }

  Constraint enhancedAlone(ConstraintFactory factory) {
    return watches(factory)
        .filter(Watch::isEnhanced)
        .join(
            watches(factory),
            Joiners.equal(Watch::nurse),
            Joiners.overlapping(Watch::from, Watch::to))
        .filter(
            (enhanced, other) ->
                enhanced.session() != other.session()
                    && (!other.isEnhanced()
                        || enhanced.session().getId().compareTo(other.session().getId()) < 0))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Watch::overlapSeconds)
        .justifyWith(
            (enhanced, other, score) ->
                new SessionJustification(
                    enhanced.session().getId(),
                    other.session().getId(),
                    "ENHANCED patient shares "
                        + enhanced.nurse().nurseName()
                        + " for "
                        + Durations.words(enhanced.overlapSeconds(other))))
        .asConstraint(ENHANCED_ALONE);
  }

  /**
   * The most patients a nurse watches at once is reached when one of the watches starts, so
   * counting, at each watch's start, the nurse's other watches running then finds every excess.
   */
  Constraint standardRatio(ConstraintFactory factory) {
    return watches(factory)
        .filter(w -> !w.isEnhanced())
        .join(
            watches(factory),
            Joiners.equal(Watch::nurse),
            Joiners.filtering(
                (starting, running) ->
                    starting.session() != running.session()
                        && !running.isEnhanced()
                        && running.runsAt(starting.from())))
        .groupBy((starting, running) -> starting, countBi())
        .filter((starting, alreadyRunning) -> !CareRules.withinRatio(alreadyRunning + 1, false))
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            (starting, alreadyRunning) ->
                alreadyRunning + 1L - CareRules.STANDARD_PATIENTS_PER_NURSE)
        .justifyWith(
            (starting, alreadyRunning, score) ->
                new SessionJustification(
                    starting.session().getId(),
                    null,
                    starting.nurse().nurseName()
                        + " would watch "
                        + (alreadyRunning + 1)
                        + " STANDARD patients at once"))
        .asConstraint(STANDARD_RATIO);
  }

  /**
   * Each chair or nurse a booked session lacks costs the configured weight: one medium times one
   * more than the number of waiting sessions ({@link
   * org.careroute.planning.clinic.domain.ClinicPlanWeights#outweighWaiting}), so that one booked
   * patient left out always costs more than all waiting patients placed earn.
   */
  Constraint unassignedSession(ConstraintFactory factory) {
    return booked(factory)
        .filter(s -> !s.isPlaced())
        // Counting chair and nurse apart lets the solver see progress when it fills in one of them.
        .penalizeConfigurableLong(
            s -> (s.getChair() == null ? 1 : 0) + (s.getShift() == null ? 1 : 0))
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    "no chair or no nurse can take it without breaking a hard rule"))
        .asConstraint(UNASSIGNED);
  }

  /**
   * A waiting patient's session with a chair and a nurse earns one medium: below every booked
   * session ({@link #unassignedSession}), above every comfort goal. Only a whole placement counts:
   * the place is offered to the patient as the plan has it.
   */
  Constraint waitingPlaced(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.isWaiting() && s.isPlaced())
        .reward(HardMediumSoftLongScore.ONE_MEDIUM)
        .justifyWith(
            (s, score) ->
                new SessionJustification(s.getId(), null, "a waiting patient could fit here"))
        .asConstraint(WAITING_PLACED);
  }

  Constraint onTime(ConstraintFactory factory) {
    return booked(factory)
        .filter(s -> s.secondsOffPromise() > 0)
        .penalizeConfigurableLong(ClinicSession::secondsOffPromise)
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    "starts " + Durations.words(s.secondsOffPromise()) + " off the promised time"))
        .asConstraint(ON_TIME);
  }

  Constraint continuity(ConstraintFactory factory) {
    return sessions(factory)
        .filter(
            s ->
                s.getShift() != null
                    && s.getPreferredNurseId() != null
                    && !s.getPreferredNurseId().equals(s.getShift().nurseId()))
        .penalizeConfigurable()
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(), null, "another nurse than at the previous session of the series"))
        .asConstraint(CONTINUITY);
  }

  Constraint workloadBalance(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.getShift() != null)
        .groupBy(ClinicSession::getShift, sumLong(s -> s.getOccupancySeconds() / 60))
        .penalizeConfigurableLong((shift, careMinutes) -> careMinutes * careMinutes / 60)
        .justifyWith(
            (shift, careMinutes, score) ->
                new SessionJustification(
                    null,
                    null,
                    shift.nurseName()
                        + " has "
                        + Durations.words(careMinutes * 60)
                        + " of patient care"))
        .asConstraint(WORKLOAD_BALANCE);
  }

  Constraint handOver(ConstraintFactory factory) {
    return sessions(factory)
        .filter(s -> s.effectiveCover() != null)
        .penalizeConfigurableLong(ClinicSession::breakOverlapSeconds)
        .justifyWith(
            (s, score) ->
                new SessionJustification(
                    s.getId(),
                    null,
                    s.effectiveCover().nurseName()
                        + " watches the patient for "
                        + Durations.words(s.breakOverlapSeconds())
                        + " of "
                        + s.getShift().nurseName()
                        + "'s break"))
        .asConstraint(HAND_OVER);
  }
}
