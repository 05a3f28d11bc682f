package org.careroute.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operations an OpenAPI document describes, read the way a client generator would: method, path
 * template, parameters and the resolved schema of the request body.
 */
record OpenApiOperations(List<Operation> operations) {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /** A parameter in the path or the query, with the schema's type and format. */
  record Parameter(String name, String in, String type, String format) {}

  record Operation(String method, String path, List<Parameter> parameters, JsonObject bodySchema) {

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  static OpenApiOperations of(JsonObject document) {
    JsonObject components = document.getJsonObject("components");
    JsonObject schemas =
        components == null || !components.containsKey("schemas")
            ? JsonValue.EMPTY_JSON_OBJECT
            : components.getJsonObject("schemas");
    List<Operation> operations = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            operations.add(
                                operation(method, path, operation.asJsonObject(), schemas));
                          }
                        }));
    return new OpenApiOperations(operations);
  }

  private static Operation operation(
      String method, String path, JsonObject operation, JsonObject schemas) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonValue value :
        operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
      JsonObject parameter = value.asJsonObject();
      JsonObject schema =
          resolve(
              parameter.getOrDefault("schema", JsonValue.EMPTY_JSON_OBJECT).asJsonObject(),
              schemas);
      parameters.add(
          new Parameter(
              parameter.getString("name"),
              parameter.getString("in"),
              schema.getString("type", "string"),
              schema.getString("format", "")));
    }
    JsonObject body = null;
    if (operation.containsKey("requestBody")) {
      JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
      JsonObject json = content == null ? null : content.getJsonObject("application/json");
      body =
          json == null || !json.containsKey("schema")
              ? JsonValue.EMPTY_JSON_OBJECT
              : resolve(json.getJsonObject("schema"), schemas);
    }
    return new Operation(method, path, List.copyOf(parameters), body);
  }

  /** Follows a {@code $ref} into the document's component schemas. */
  static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    JsonObject current = schema;
    for (int depth = 0; depth < 10 && current.containsKey("$ref"); depth++) {
      String ref = current.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      current =
          schemas.containsKey(name) ? schemas.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
    }
    return current;
  }
}
