package org.careroute.domain.model.booking;

import java.time.Instant;

/** A step the nurse recorded at a visit, and when. */
public record Mark(Step step, Instant at) {

  /** What the nurse marks, in this order. */
  public enum Step {
    ARRIVED("Arrived"),
    STARTED("Started"),
    FINISHED("Finished");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    /** The step as the nurse's page names it. */
    public String label() {
      return label;
    }
  }
}
