package org.careroute.application;

import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.account.Role;

/** Who is asking: the authenticated login and its roles. */
public record Caller(String login, Set<Role> roles) {

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }

  /**
   * Staff who arrange bookings on a patient's behalf and are not bound by the patients' cut-off.
   */
  public boolean arrangesBookings() {
    return has(Role.DISPATCHER) || has(Role.ADMIN);
  }
}
