package org.careroute.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.careroute.it.Api;

/** Logging in with POST /api/session and calling the API with the session's cookie. */
final class SessionCookies {

  static final String NODE_HEADER = "X-CareRoute-Node";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A logged-in session: its cookie and the node that started it. */
  record Session(String cookie, String startedBy) {}

  private SessionCookies() {}

  static Session logIn(URI server, Api.Login login) {
    HttpResponse<String> reply =
        send(
            HttpRequest.newBuilder(server.resolve("api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
            {"login":"%s","password":"%s"}"""
                            .formatted(login.login(), login.password())))
                .build());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    String cookie =
        reply.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CAREROUTE_SESSION="))
            .findFirst()
            .orElseThrow();
    return new Session(
        cookie.substring(0, cookie.indexOf(';')),
        reply.headers().firstValue(NODE_HEADER).orElse("?"));
  }

  static HttpRequest.Builder request(URI server, String path, Session session) {
    return HttpRequest.newBuilder(server.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Cookie", session.cookie());
  }

  static HttpResponse<String> get(URI server, String path, Session session) {
    return send(request(server, path, session).GET().build());
  }

  static CompletableFuture<HttpResponse<String>> postAsync(
      URI server, String path, String json, Session session) {
    return HTTP.sendAsync(
        request(server, path, session)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
