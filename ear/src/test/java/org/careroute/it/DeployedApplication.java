package org.careroute.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests of the application exactly as the build packaged it, deployed to the provisioned server and
 * driven over HTTP as any client would; each test builds what it needs with {@link TestPractice}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApplication {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return packaged();
  }

  /** The EAR exactly as the build packaged it. */
  static EnterpriseArchive packaged() {
    File ear = new File(System.getProperty("careroute.ear", "target/careroute.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  @ArquillianResource URL base;

  Api api;
  TestPractice practice;

  @BeforeEach
  void client() {
    api = new Api(base);
    practice = new TestPractice(api);
  }
}
