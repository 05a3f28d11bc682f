package org.careroute.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careroute.domain.shared.GeoPoint;
import org.junit.jupiter.api.Test;

class StraightLineTravelTimeEstimatorTest {

  @Test
  void oneDegreeOfLatitudeAtSixtyKilometresAnHour() {
    // One degree of latitude is 111.195 km on the mean earth sphere: 6671.7 s at 60 km/h.
    var travel = new StraightLineTravelTimeEstimator(1.0, 60);
    assertThat(travel.between(new GeoPoint(38, -121), new GeoPoint(39, -121)).toSeconds())
        .isEqualTo(6672);
  }

  @Test
  void theRoadFactorStretchesTheDrive() {
    var straight = new StraightLineTravelTimeEstimator(1.0, 40);
    var roads = new StraightLineTravelTimeEstimator(1.3, 40);
    GeoPoint a = new GeoPoint(38.58, -121.49);
    GeoPoint b = new GeoPoint(38.75, -121.26);
    assertThat(roads.between(a, b).toSeconds())
        .isCloseTo(
            Math.round(straight.between(a, b).toSeconds() * 1.3),
            org.assertj.core.data.Offset.offset(2L));
    assertThat(straight.between(a, a).toSeconds()).isZero();
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new StraightLineTravelTimeEstimator(0.9, 40))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StraightLineTravelTimeEstimator(1.2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
