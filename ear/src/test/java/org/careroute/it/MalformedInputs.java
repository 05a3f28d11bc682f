package org.careroute.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careroute.it.OpenApiOperations.Operation;
import org.careroute.it.OpenApiOperations.Parameter;

/**
 * Malformed requests for one operation of the API: broken and wrongly typed bodies, nulls, huge
 * strings, impossible dates, bad ids, injection strings and wrong content types. Each probe is what
 * a careless or hostile client might send; none of them may make the server fail.
 */
final class MalformedInputs {

  /** One request to send: where, with what content type and body (null: no body). */
  record Probe(String what, String method, String pathAndQuery, String contentType, String body) {}

  static final String HUGE = "x".repeat(100_000);
  static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "1; DROP TABLE appointment; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://example.invalid/a}",
          "../../../../etc/passwd",
          "\u0000\uFFFF\uD83D\uDE00");

  /** Path segments that are no id of anything, or not an id at all. */
  private static final List<String> BAD_IDS =
      List.of("0", "abc", "99999999999999999999999", "%27%20OR%201=1");

  private static final String NO_SUCH_ID = "987654321";

  private static final List<String> BAD_QUERY_VALUES =
      List.of("", "abc", "2026-13-45", "' OR '1'='1", HUGE.substring(0, 4_000));

  /** What a well-formed value of a parameter looks like, so one bad value is probed at a time. */
  private static final Map<String, String> PLAUSIBLE =
      Map.of("integer", "1", "number", "1", "boolean", "true");

  private MalformedInputs() {}

  /** Probes of the address, the query and the body as a whole, for every role. */
  static List<Probe> probes(Operation operation) {
    List<Probe> probes = new ArrayList<>();
    String method = operation.method().toUpperCase();
    for (String id : BAD_IDS) {
      probes.add(
          new Probe(
              "path " + id,
              method,
              path(operation, id) + query(operation, null, null),
              jsonIfBody(operation),
              operation.bodySchema() == null ? null : "{}"));
    }
    // An id that exists nowhere, so that no probe changes what the other tests rely on.
    String path = path(operation, NO_SUCH_ID);
    for (Parameter parameter : operation.parameters()) {
      if (!parameter.in().equals("query")) {
        continue;
      }
      for (String bad : BAD_QUERY_VALUES) {
        probes.add(
            new Probe(
                "query " + parameter.name() + "=" + abbreviate(bad),
                method,
                path + query(operation, parameter.name(), bad),
                jsonIfBody(operation),
                operation.bodySchema() == null ? null : "{}"));
      }
    }
    if (operation.bodySchema() != null) {
      probes.addAll(bodies(method, path + query(operation, null, null)));
    }
    return probes;
  }

  private static List<Probe> bodies(String method, String where) {
    List<Probe> probes = new ArrayList<>();
    for (String broken : List.of("", "{\"a\":", "[]", "null", "\"text\"", "{\"" + HUGE + "\":1}")) {
      probes.add(
          new Probe("body " + abbreviate(broken), method, where, "application/json", broken));
    }
    probes.add(new Probe("text/plain", method, where, "text/plain", "hello"));
    probes.add(new Probe("xml", method, where, "application/xml", "<a>1</a>"));
    probes.add(new Probe("form", method, where, "application/x-www-form-urlencoded", "a=1"));
    return probes;
  }

  /**
   * Probes of each property of the body, one wrong value at a time: worth sending only as the roles
   * the operation lets in, since the others are turned away before the body is read.
   */
  static List<Probe> fieldProbes(Operation operation) {
    if (operation.bodySchema() == null) {
      return List.of();
    }
    List<Probe> probes = new ArrayList<>();
    String method = operation.method().toUpperCase();
    String where = path(operation, NO_SUCH_ID) + query(operation, null, null);
    JsonObject properties =
        operation
            .bodySchema()
            .getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT)
            .asJsonObject();
    List<JsonValue> wrongValues =
        List.of(
            JsonValue.NULL,
            Json.createValue(HUGE),
            Json.createValue("2026-13-45T25:61:00+99:00"),
            Json.createValue(-99999999999L),
            JsonValue.TRUE,
            Json.createArrayBuilder().add(Json.createObjectBuilder()).build(),
            Json.createValue(INJECTIONS.get(0)));
    for (String property : properties.keySet()) {
      for (JsonValue wrong : wrongValues) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        body.add(property, wrong);
        probes.add(
            new Probe(
                "body " + property + "=" + abbreviate(wrong.toString()),
                method,
                where,
                "application/json",
                body.build().toString()));
      }
    }
    // Every property at once holding the same injection string, for each of them.
    for (String injection : INJECTIONS) {
      JsonObjectBuilder all = Json.createObjectBuilder();
      properties.keySet().forEach(p -> all.add(p, injection));
      probes.add(
          new Probe(
              "body all " + abbreviate(injection),
              method,
              where,
              "application/json",
              all.build().toString()));
    }
    return probes;
  }

  private static String path(Operation operation, String id) {
    String path = operation.path();
    for (Parameter parameter : operation.parameters()) {
      if (parameter.in().equals("path")) {
        path = path.replace("{" + parameter.name() + "}", id);
      }
    }
    // Parameters the document leaves unnamed (a regular expression in the template, say).
    return path.replaceAll("\\{[^}]*}", id);
  }

  /** Every query parameter with a plausible value, except {@code bad} set to {@code value}. */
  private static String query(Operation operation, String bad, String value) {
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : operation.parameters()) {
      if (!parameter.in().equals("query")) {
        continue;
      }
      String given =
          parameter.name().equals(bad)
              ? value
              : parameter.format().equals("date")
                  ? "2026-12-01"
                  : PLAUSIBLE.getOrDefault(parameter.type(), "CLINIC");
      query
          .append(query.isEmpty() ? "?" : "&")
          .append(parameter.name())
          .append('=')
          .append(URLEncoder.encode(given, StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  private static String jsonIfBody(Operation operation) {
    return operation.bodySchema() == null ? null : "application/json";
  }

  static String abbreviate(String text) {
    return abbreviate(text, 30);
  }

  static String abbreviate(String text, int length) {
    return text.length() > length ? text.substring(0, length) + "...(" + text.length() + ")" : text;
  }
}
