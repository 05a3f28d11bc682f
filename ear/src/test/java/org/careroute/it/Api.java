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
final class Api {

  /** A login and password; null means an anonymous call. */
  record Login(String login, String password) {}

  record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
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

  static final Login ADMIN = new Login("admin@careroute.example", "careroute-demo");
  static final Login CLINICIAN = new Login("clinician@careroute.example", "careroute-demo");
  static final Login DISPATCHER = new Login("dispatcher@careroute.example", "careroute-demo");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  Api(URL base) {
    this.base = URI.create(base.toString().replaceAll("/$", "") + "/");
  }

  URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  Reply get(String path, Login login) {
    return send(request(path, login).GET().build());
  }

  Reply post(String path, String json, Login login) {
    return send(
        request(path, login)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Reply put(String path, String json, Login login) {
    return send(
        request(path, login)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  CompletableFuture<Reply> postAsync(String path, String json, Login login) {
    return http.sendAsync(
            request(path, login)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .thenApply(Api::reply);
  }

  HttpRequest.Builder request(String path, Login login) {
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

  Reply send(HttpRequest request) {
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
