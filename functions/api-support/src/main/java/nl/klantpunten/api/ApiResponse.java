package nl.klantpunten.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an operation answers. JSON bodies are built as maps and lists by each function's encoder. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
  public static final String JSON = "application/json";
  public static final String PROBLEM_JSON = "application/problem+json";

  public static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, Map.of("content-type", JSON), Json.write(body));
  }

  public static ApiResponse ok(Object body) {
    return json(200, body);
  }

  public static ApiResponse created(Object body) {
    return json(201, body);
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, Map.of(), null);
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(headers);
    next.put(name, value);
    return new ApiResponse(status, Map.copyOf(next), body);
  }
}
