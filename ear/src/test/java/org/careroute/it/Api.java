package org.careroute.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for the API, as any other client of it would talk to it. */
public final class Api {

  /** A login and password; null means an anonymous call. */
  public record Login(String login, String password) {}

  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public static final Login ADMIN = new Login("admin@careroute.example", "careroute-demo");
  public static final Login CLINICIAN = new Login("clinician@careroute.example", "careroute-demo");
  public static final Login DISPATCHER =
      new Login("dispatcher@careroute.example", "careroute-demo");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public Api(URL base) {
    this.base = URI.create(base.toString().replaceAll("/$", "") + "/");
  }

  /** The client itself, for tests that send many requests at once. */
  public HttpClient http() {
    return http;
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Reply get(String path, Login login) {
    return send(request(path, login).GET().build());
  }

  public Reply post(String path, String json, Login login) {
    return send(
        request(path, login)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Reply put(String path, String json, Login login) {
    return send(
        request(path, login)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Reply delete(String path, Login login) {
    return send(request(path, login).DELETE().build());
  }

  /** Logs in with {@code POST /api/session}; the session's cookie, as a Cookie header's value. */
  public String sessionCookie(Login login) {
    Reply reply =
        post(
            "api/session",
            Json.createObjectBuilder()
                .add("login", login.login())
                .add("password", login.password())
                .build()
                .toString(),
            null);
    if (reply.status() != 200) {
      throw new IllegalStateException("Could not log in: " + reply);
    }
    String cookie =
        reply.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("CAREROUTE_SESSION="))
            .findFirst()
            .orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }

  public CompletableFuture<Reply> postAsync(String path, String json, Login login) {
    return http.sendAsync(
            request(path, login)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .thenApply(Api::reply);
  }

  public HttpRequest.Builder request(String path, Login login) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (login != null) {
      String token =
          Base64.getEncoder()
              .encodeToString(
                  (login.login() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  public Reply send(HttpRequest request) {
    try {
      return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Reply reply(HttpResponse<String> response) {
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response);
  }
}
