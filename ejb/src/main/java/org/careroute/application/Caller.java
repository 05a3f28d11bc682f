package org.careroute.application;

import java.util.EnumSet;
import java.util.Set;
import org.careroute.domain.model.account.Role;

/**
 * Who is asking: the authenticated login and its roles, and the reason they gave for reading
 * records outside their care ("break the glass"; null when none was given).
 */
public record Caller(String login, Set<Role> roles, String accessReason) {

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    accessReason = accessReason == null || accessReason.isBlank() ? null : accessReason.strip();
  }

  public Caller(String login, Set<Role> roles) {
    this(login, roles, null);
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
