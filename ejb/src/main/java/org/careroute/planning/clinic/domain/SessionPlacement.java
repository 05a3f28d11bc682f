package org.careroute.planning.clinic.domain;

/**
 * Where a plan put one clinic session, by ids: start (seconds on the problem's clock), chair,
 * responsible nurse's shift and the colleague's shift covering the break; each may be missing.
 */
public record SessionPlacement(
    String sessionId, Long start, Long chairId, Long shiftId, Long coverShiftId) {

  public static SessionPlacement of(ClinicSession session) {
    return new SessionPlacement(
        session.getId(),
        session.getStart(),
        session.getChair() == null ? null : session.getChair().id(),
        session.getShift() == null ? null : session.getShift().id(),
        session.getCover() == null ? null : session.getCover().id());
  }
}
