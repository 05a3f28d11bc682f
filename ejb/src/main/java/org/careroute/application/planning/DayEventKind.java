package org.careroute.application.planning;

/** What can happen during a clinic's day that the plan must answer. */
public enum DayEventKind {
  /**
   * A nurse called in sick: their shifts of the day are called off, their coming bookings need
   * another nurse.
   */
  NURSE_SICK,
  /**
   * A nurse called in sick is back: their called-off shifts of the day count again, and the room
   * they bring is offered to the waitlist.
   */
  NURSE_BACK,
  /** A session or visit under way runs longer than planned. */
  VISIT_OVERRAN,
  /** The patient did not come, or was not at home. */
  NO_SHOW
}
