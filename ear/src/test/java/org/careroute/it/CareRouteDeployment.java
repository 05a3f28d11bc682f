package org.careroute.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application exactly as the build packaged it: tests deploy the real EAR, not a test-made archive. */
final class CareRouteDeployment {

  private CareRouteDeployment() {}

  static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("careroute.ear", "target/careroute.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
