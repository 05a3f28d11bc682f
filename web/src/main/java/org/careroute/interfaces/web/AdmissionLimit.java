package org.careroute.interfaces.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestLimit;
import io.undertow.server.handlers.RequestLimitingHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds the API's load with Undertow's own request limiter: at most {@code
 * careroute.admission.max-concurrent-requests} API requests run at once, up to {@code
 * careroute.admission.queue-size} more wait their turn without holding a thread, and any beyond are
 * answered at once with a 503 problem and {@code Retry-After}. It sits in front of authentication
 * (hashing a password is the dearest part of many requests), and leaves out the pages, their
 * scripts and the plan's event streams, which stay open for as long as a dispatcher watches; health
 * answers on the management port anyway.
 */
// Undertow loads it through META-INF/services when it deploys the web module.
public class AdmissionLimit implements ServletExtension {

  private static final String API = "/api/";
  private static final String EVENT_STREAM = "/events";
  private static final int RETRY_AFTER_SECONDS = 2;
  private static final byte[] BUSY =
      ("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
              + "\"detail\":\"The server is busy. Nothing was changed; please try again in a few"
              + " seconds.\"}")
          .getBytes(StandardCharsets.UTF_8);

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    Config config = ConfigProvider.getConfig(AdmissionLimit.class.getClassLoader());
    RequestLimit limit =
        new RequestLimit(
            config
                .getOptionalValue("careroute.admission.max-concurrent-requests", Integer.class)
                .orElse(16),
            config.getOptionalValue("careroute.admission.queue-size", Integer.class).orElse(64));
    limit.setFailureHandler(AdmissionLimit::busy);
    deployment.addInitialHandlerChainWrapper(
        next -> {
          HttpHandler limited = new RequestLimitingHandler(limit, next);
          return exchange -> (limited(exchange) ? limited : next).handleRequest(exchange);
        });
  }

  private static boolean limited(HttpServerExchange exchange) {
    String path = exchange.getRequestPath();
    return path.startsWith(API) && !path.endsWith(EVENT_STREAM);
  }

  private static void busy(HttpServerExchange exchange) {
    exchange.setStatusCode(503);
    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, RETRY_AFTER_SECONDS);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
    exchange.getResponseSender().send(ByteBuffer.wrap(BUSY));
  }
}
