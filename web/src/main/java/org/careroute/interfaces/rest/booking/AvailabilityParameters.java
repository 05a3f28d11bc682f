package org.careroute.interfaces.rest.booking;

import jakarta.ws.rs.QueryParam;
import org.careroute.application.booking.AvailabilityQuery;
import org.careroute.domain.model.treatment.CareSetting;
import org.careroute.interfaces.rest.QueryParameters;

/** The query parameters that say which days to look for free windows on, for which session. */
public class AvailabilityParameters {

  @QueryParam("treatment")
  String treatment;

  @QueryParam("setting")
  String setting;

  @QueryParam("clinic")
  String clinic;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("patient")
  String patient;

  /** The query, for a booking being moved when {@code movingAppointmentId} is not null. */
  AvailabilityQuery query(Long movingAppointmentId) {
    return new AvailabilityQuery(
        QueryParameters.requiredId("treatment", treatment),
        QueryParameters.requiredEnum("setting", setting, CareSetting.class),
        QueryParameters.requiredId("clinic", clinic),
        QueryParameters.requiredDate("from", from),
        QueryParameters.requiredDate("to", to),
        QueryParameters.optionalId("patient", patient),
        movingAppointmentId);
  }
}
