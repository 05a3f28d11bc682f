package org.careroute.domain.model.staff;

import java.util.Collection;
import java.util.stream.Collectors;

/** What a nurse is certified to do; treatments and monitoring levels require some of these. */
public enum Certification {
  /** May start and run intravenous infusions. */
  IV_THERAPY,
  /** Advanced cardiac life support: required for ENHANCED monitoring. */
  ACLS,
  /** Drives to patients and treats them at home. */
  HOME_VISIT;

  /** Certifications as a dispatcher reads them: "ACLS and IV_THERAPY". */
  public static String list(Collection<Certification> certifications) {
    return certifications.stream().map(Enum::name).sorted().collect(Collectors.joining(" and "));
  }
}
