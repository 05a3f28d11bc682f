package org.careroute.planning.clinic.check;

import java.util.ArrayList;
import java.util.List;
import org.careroute.domain.model.care.CareRules;
import org.careroute.planning.clinic.domain.ClinicDayPlan;
import org.careroute.planning.clinic.domain.ClinicSession;
import org.careroute.planning.clinic.domain.ClinicShift;

/**
 * Lists each hard rule a clinic plan breaks, from the sessions' starts, chairs, nurses and covers
 * alone: it sweeps each chair's and each nurse's day minute by minute instead of reusing the
 * solver's pairwise reasoning, so the two can check each other.
 */
public final class ClinicPlanChecker {

  private static final long MINUTE = 60;

  private ClinicPlanChecker() {}

  /**
   * The hard rules broken. A waiting patient's session is judged as a booked one, except that it
   * has no promise: it must start at a time the patient can come; one never started takes no room.
   */
  public static List<String> hardViolations(ClinicDayPlan plan) {
    List<String> violations = new ArrayList<>();
    List<ClinicSession> started =
        plan.getSessions().stream().filter(s -> s.getStart() != null).toList();
    for (ClinicSession session : started) {
      checkSession(session, violations);
    }
    if (violations.isEmpty()) {
      sweep(started, violations);
    }
    return violations;
  }

  private static void checkSession(ClinicSession session, List<String> violations) {
    if (session.isWaiting()) {
      if (!session.getStartOptions().contains(session.getStart())) {
        violations.add(session.getId() + " starts when the waiting patient cannot come");
      }
    } else if (Math.abs(session.getStart() - session.getPromisedStart())
        > session.getToleranceSeconds()) {
      violations.add(session.getId() + " starts outside its promise's tolerance");
    }
    ClinicShift shift = session.getShift();
    if (shift == null) {
      return;
    }
    ClinicShift cover = session.getCover();
    if (!shift.clinicId().equals(session.getClinicId())
        || (session.getChair() != null
            && !session.getChair().clinicId().equals(session.getClinicId()))) {
      violations.add(session.getId() + " is given a chair or nurse of another clinic");
    }
    long start = session.getStart();
    long end = start + session.getOccupancySeconds();
    if (start < shift.start() || shift.end() < end) {
      violations.add(session.getId() + " runs while " + shift.nurseName() + " is off shift");
    }
    requireCertified(session, shift, violations);
    if (shift.breakStart() == null) {
      return;
    }
    long breakFrom = Math.max(start, shift.breakStart());
    long breakTo = Math.min(end, shift.breakStart() + shift.breakSeconds());
    if (breakFrom >= breakTo) {
      return;
    }
    if (cover == null || cover.equals(shift)) {
      violations.add(
          session.getId() + " has nobody watching during " + shift.nurseName() + "'s break");
      return;
    }
    boolean coverAtWork =
        cover.start() <= breakFrom
            && breakTo <= cover.end()
            && (cover.breakStart() == null
                || breakTo <= cover.breakStart()
                || cover.breakStart() + cover.breakSeconds() <= breakFrom);
    if (!cover.clinicId().equals(session.getClinicId()) || !coverAtWork) {
      violations.add(
          cover.nurseName()
              + " cannot cover "
              + session.getId()
              + ": not at work in this clinic then");
    }
    requireCertified(session, cover, violations);
  }

  private static void requireCertified(
      ClinicSession session, ClinicShift nurse, List<String> violations) {
    if (!CareRules.missing(session.getRequiredCertifications(), nurse.certifications()).isEmpty()) {
      violations.add(nurse.nurseName() + " is not certified for " + session.getId());
    }
  }

  /**
   * Who watches the patient at {@code moment}: the responsible nurse, or the cover during that
   * nurse's break.
   */
  private static ClinicShift watcherAt(ClinicSession session, long moment) {
    ClinicShift shift = session.getShift();
    boolean onBreak =
        shift.breakStart() != null
            && shift.breakStart() <= moment
            && moment < shift.breakStart() + shift.breakSeconds();
    return onBreak ? session.getCover() : shift;
  }

  /**
   * At every minute: one session per chair; per nurse watching (the responsible one, or the cover
   * during a break), no more than the care rules' ratio allows.
   */
  private static void sweep(List<ClinicSession> sessions, List<String> violations) {
    long first = sessions.stream().mapToLong(ClinicSession::getStart).min().orElse(0);
    long last =
        sessions.stream().mapToLong(s -> s.getStart() + s.getOccupancySeconds()).max().orElse(0);
    for (long moment = first - first % MINUTE; moment < last; moment += MINUTE) {
      final long now = moment;
      List<ClinicSession> running =
          sessions.stream()
              .filter(s -> s.getStart() <= now && now < s.getStart() + s.getOccupancySeconds())
              .toList();
      running.stream()
          .filter(s -> s.getChair() != null)
          .collect(java.util.stream.Collectors.groupingBy(ClinicSession::getChair))
          .forEach(
              (chair, seated) -> {
                if (seated.size() > 1) {
                  violations.add(chair.label() + " holds " + seated.size() + " patients at " + now);
                }
              });
      running.stream()
          .filter(s -> s.getShift() != null)
          .collect(java.util.stream.Collectors.groupingBy(s -> watcherAt(s, now)))
          .forEach(
              (shift, watched) -> {
                boolean enhanced = watched.stream().anyMatch(ClinicSession::isEnhanced);
                if (!CareRules.withinRatio(watched.size(), enhanced)) {
                  violations.add(
                      shift.nurseName()
                          + " watches "
                          + watched.size()
                          + " patients at "
                          + now
                          + (enhanced ? ", one of them ENHANCED" : ""));
                }
              });
    }
  }
}
