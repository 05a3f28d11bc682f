package org.careroute.application.practice;

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
    boolean active) {

  public static NurseView of(Nurse n) {
    return new NurseView(
        n.id(),
        n.fullName(),
        n.email(),
        n.certifications(),
        n.homeBase().latitude(),
        n.homeBase().longitude(),
        n.isActive());
  }
}
