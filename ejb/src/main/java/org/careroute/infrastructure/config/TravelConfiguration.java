package org.careroute.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.careroute.domain.service.StraightLineTravelTimeEstimator;
import org.careroute.domain.service.TravelTimeEstimator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Travel times from straight-line distance; the factor and speed suit suburban driving. */
@ApplicationScoped
public class TravelConfiguration {

  @Inject
  @ConfigProperty(name = "careroute.travel.road-factor", defaultValue = "1.3")
  double roadFactor;

  @Inject
  @ConfigProperty(name = "careroute.travel.average-kmh", defaultValue = "40")
  double averageKilometersPerHour;

  @Produces
  @ApplicationScoped
  TravelTimeEstimator travelTimeEstimator() {
    return new StraightLineTravelTimeEstimator(roadFactor, averageKilometersPerHour);
  }
}
