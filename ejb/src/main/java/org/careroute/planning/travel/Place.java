package org.careroute.planning.travel;

/** A place of a planning problem: a nurse's home base or a patient's home. */
public final class Place {

  private final int index;
  private final TravelMatrix matrix;

  Place(int index, TravelMatrix matrix) {
    this.index = index;
    this.matrix = matrix;
  }

  public long secondsTo(Place other) {
    return matrix.between(index, other.index);
  }

  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return "place " + index;
  }
}
