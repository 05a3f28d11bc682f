package org.careroute.application.practice;

import java.util.List;
import java.util.Set;
import org.careroute.domain.model.staff.Certification;
import org.careroute.domain.model.staff.Nurse;

public record NurseView(
    Long id,
    String fullName,
    String email,
    Set<Certification> certifications,
    double homeLatitude,
    double homeLongitude,
    boolean active,
    /** Bookings the change placed anew (another chair or nurse, the same time). */
    List<AffectedBooking> movedBookings) {

  public static NurseView of(Nurse n) {
    return new NurseView(
        n.id(),
        n.fullName(),
        n.email(),
        n.certifications(),
        n.homeBase().latitude(),
        n.homeBase().longitude(),
        n.isActive(),
        List.of());
  }

  /** This view with the bookings the change placed anew. */
  public NurseView withMoved(List<AffectedBooking> moved) {
    return new NurseView(
        id, fullName, email, certifications, homeLatitude, homeLongitude, active, moved);
  }
}
