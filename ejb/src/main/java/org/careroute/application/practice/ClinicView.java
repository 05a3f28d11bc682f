package org.careroute.application.practice;

import java.util.List;
import org.careroute.domain.model.clinic.Chair;
import org.careroute.domain.model.clinic.Clinic;

/** A clinic with its opening hours and chairs. */
public record ClinicView(
    Long id,
    String name,
    String address,
    double latitude,
    double longitude,
    String zoneId,
    List<OpeningHoursForm> openingHours,
    List<ChairView> chairs,
    String phone,
    /** Bookings the change placed anew (another chair or nurse, the same time). */
    List<AffectedBooking> movedBookings) {

  public record ChairView(Long id, String label, boolean active) {
    public static ChairView of(Chair c) {
      return new ChairView(c.id(), c.label(), c.isActive());
    }
  }

  public static ClinicView of(Clinic c) {
    return new ClinicView(
        c.id(),
        c.name(),
        c.address(),
        c.location().latitude(),
        c.location().longitude(),
        c.zone().getId(),
        c.openingHours().stream()
            .map(h -> new OpeningHoursForm(h.dayOfWeek(), h.opens(), h.closes()))
            .toList(),
        c.chairs().stream().map(ChairView::of).toList(),
        c.phone().orElse(null),
        List.of());
  }

  /** This view with the bookings the change placed anew. */
  public ClinicView withMoved(List<AffectedBooking> moved) {
    return new ClinicView(
        id, name, address, latitude, longitude, zoneId, openingHours, chairs, phone, moved);
  }
}
