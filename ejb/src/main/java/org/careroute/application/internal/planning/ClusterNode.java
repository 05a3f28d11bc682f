package org.careroute.application.internal.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which node of the cluster this is, as plan jobs record who holds them: {@code
 * careroute.node.name}, else the server's node name ({@code jboss.node.name}, which WildFly sets to
 * the host name unless told otherwise).
 */
@ApplicationScoped
public class ClusterNode {

  @Inject
  @ConfigProperty(name = "careroute.node.name")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "careroute")
  String serverNode;

  public String name() {
    return configured.filter(name -> !name.isBlank()).orElse(serverNode);
  }
}
