package nl.klantpunten.api.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Json;

/**
 * Builds API Gateway HTTP API v2 events, as API Gateway sends them, and runs them through a function's real
 * handler. {@link #sample} loads one of the repository's events/ files.
 */
public final class Http {
  private final HttpFunction function;
  private final String apiKey;

  public Http(HttpFunction function, String apiKey) {
    this.function = function;
    this.apiKey = apiKey;
  }

  public Http as(String otherKey) {
    return new Http(function, otherKey);
  }

  public Result get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of());
  }

  public Result post(String path, String body) {
    return send("POST", path, body, Map.of());
  }

  public Result put(String path, String body) {
    return send("PUT", path, body, Map.of());
  }

  public Result delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  public Result send(String method, String pathAndQuery, String body, Map<String, String> extraHeaders) {
    return run(function, event(method, pathAndQuery, body, apiKey, extraHeaders));
  }

  /** Sends {@code body} as API Gateway hands over a binary body: base64-encoded, {@code isBase64Encoded: true}. */
  public Result sendBytes(String method, String pathAndQuery, byte[] body, Map<String, String> extraHeaders) {
    return run(function, base64Event(method, pathAndQuery, body, apiKey, extraHeaders));
  }

  public static APIGatewayV2HTTPEvent base64Event(String method, String pathAndQuery, byte[] body, String apiKey,
      Map<String, String> extraHeaders) {
    APIGatewayV2HTTPEvent event = event(method, pathAndQuery, null, apiKey, extraHeaders);
    event.setBody(java.util.Base64.getEncoder().encodeToString(body));
    event.setIsBase64Encoded(true);
    return event;
  }

  public static Result run(HttpFunction function, APIGatewayV2HTTPEvent event) {
    return new Result(function.handle(event));
  }

  public static APIGatewayV2HTTPEvent event(String method, String pathAndQuery, String body, String apiKey,
      Map<String, String> extraHeaders) {
    String[] parts = pathAndQuery.split("\\?", 2);
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    if (apiKey != null) {
      headers.put("authorization", "Bearer " + apiKey);
    }
    extraHeaders.forEach((k, v) -> headers.put(k.toLowerCase(), v));
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(parts[0])
        .withRawQueryString(parts.length > 1 ? parts[1] : "")
        .withQueryStringParameters(parts.length > 1 ? query(parts[1]) : null)
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(false)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(UUID.randomUUID().toString())
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(parts[0])
                .build())
            .build())
        .build();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      params.merge(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "", (a, b) -> a + "," + b);
    }
    return params;
  }

  /** The repository's events/ folder, found from the module's working directory. */
  public static Path eventsDir() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("events"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no events/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("events");
  }

  /** A sample event from events/, with its Authorization header replaced by this caller's key. */
  @SuppressWarnings("unchecked")
  public APIGatewayV2HTTPEvent sample(String relativePath) {
    try {
      Map<String, Object> json = Json.readObject(Files.readString(eventsDir().resolve(relativePath)));
      Map<String, Object> context = (Map<String, Object>) json.get("requestContext");
      Map<String, Object> http = (Map<String, Object>) context.get("http");
      Map<String, String> headers = new HashMap<>((Map<String, String>) json.getOrDefault("headers", Map.of()));
      if (apiKey != null) {
        headers.put("authorization", "Bearer " + apiKey);
      }
      return APIGatewayV2HTTPEvent.builder()
          .withVersion((String) json.get("version"))
          .withRouteKey((String) json.get("routeKey"))
          .withRawPath((String) json.get("rawPath"))
          .withRawQueryString((String) json.get("rawQueryString"))
          .withQueryStringParameters((Map<String, String>) json.get("queryStringParameters"))
          .withPathParameters((Map<String, String>) json.get("pathParameters"))
          .withHeaders(headers)
          .withBody((String) json.get("body"))
          .withIsBase64Encoded(Boolean.TRUE.equals(json.get("isBase64Encoded")))
          .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
              .withRequestId((String) context.get("requestId"))
              .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                  .withMethod((String) http.get("method")).withPath((String) http.get("path")).build())
              .build())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Result run(APIGatewayV2HTTPEvent event) {
    return run(function, event);
  }

  /** A response with its JSON body parsed. */
  public record Result(ApiResponse response) {
    public int status() {
      return response.status();
    }

    public String contentType() {
      return response.headers().get("content-type");
    }

    public String header(String name) {
      return response.headers().get(name);
    }

    public Map<String, Object> json() {
      try {
        return Json.readObject(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + response.body(), e);
      }
    }

    public String string(String field) {
      return (String) json().get(field);
    }

    public long number(String field) {
      return ((Number) json().get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
      return (List<Map<String, Object>>) json().get("items");
    }

    /** The first field a problem+json answer names. */
    @SuppressWarnings("unchecked")
    public String problemField() {
      List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
      return errors == null || errors.isEmpty() ? null : (String) errors.get(0).get("field");
    }

    @Override
    public String toString() {
      return response.status() + " " + response.body();
    }
  }
}
