package org.careroute.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the cluster node that answered, in {@code X-CareRoute-Node}, so that operators and the
 * cluster tests behind the load balancer can tell which node served a request. bin/cluster sets
 * {@code careroute.node.name}; otherwise it is the server's own node name.
 */
// Asynchronous, so that the plan's server-sent event stream can pass through.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NodeNameFilter extends HttpFilter {

  public static final String HEADER = "X-CareRoute-Node";

  @Inject
  @ConfigProperty(name = "careroute.node.name")
  Optional<String> configuredName;

  @Inject
  @ConfigProperty(name = "jboss.node.name")
  Optional<String> serverNodeName;

  private String name;

  @Override
  public void init() {
    name = configuredName.or(() -> serverNodeName).orElse("");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!name.isEmpty()) {
      response.setHeader(HEADER, name);
    }
    chain.doFilter(request, response);
  }
}
