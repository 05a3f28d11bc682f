package org.careroute.application.visit;

/** What the nurse records at a visit, in this order. */
public enum VisitStep {
  ARRIVED,
  STARTED,
  FINISHED
}
