package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.domain.model.booking.CapacityRevisions;

/**
 * Bumps the clinic's capacity revision in the very transaction that changes one of its appointments
 * (booking, moving, cancelling, a sick call's re-placing, a nurse's marks), so that every node's
 * kept days of the clinic are read again once it commits.
 */
@ApplicationScoped
public class CapacityRevisionBump {

  @Inject CapacityRevisions revisions;

  void onChange(@Observes AppointmentChanged change) {
    revisions.bump(change.clinicId());
  }
}
