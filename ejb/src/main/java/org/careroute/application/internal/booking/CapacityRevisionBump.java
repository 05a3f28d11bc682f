package org.careroute.application.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.careroute.application.booking.AppointmentChanged;
import org.careroute.domain.model.booking.CapacityRevisions;

/**
 * Bumps the capacity revision of each clinic day an appointment change touches, in the very
 * transaction that makes it (booking, moving, cancelling, a sick call's re-placing, a nurse's
 * marks), so that every node's kept working plans of those days are read again once it commits; the
 * clinic's other days stay kept.
 */
@ApplicationScoped
public class CapacityRevisionBump {

  @Inject CapacityRevisions revisions;

  void onChange(@Observes AppointmentChanged change) {
    // Ascending, as the day locks are taken: a change bumping a day it did not lock waits in line.
    change.days().forEach(day -> revisions.bump(change.clinicId(), day));
  }
}
