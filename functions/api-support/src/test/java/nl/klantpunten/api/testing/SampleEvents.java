package nl.klantpunten.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.Route;

/**
 * The repository's events/ samples (one API Gateway HTTP API v2 event per route, as API Gateway sends it, for
 * {@code sam local invoke -e} and for tests): lists a function's folder and checks each sample has the real shape
 * and matches the route it names.
 */
public final class SampleEvents {
  private SampleEvents() {}

  /** Paths relative to events/, e.g. "ledger/post-transaction.json", sorted. */
  public static List<String> in(String folder) {
    Path dir = Http.eventsDir().resolve(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json"))
          .map(f -> folder + "/" + f.getFileName())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public static Map<String, Object> json(String relativePath) {
    try {
      return Json.readObject(Files.readString(Http.eventsDir().resolve(relativePath)));
    } catch (IOException e) {
      throw new UncheckedIOException(relativePath, e);
    }
  }

  public static String routeKey(String relativePath) {
    return (String) json(relativePath).get("routeKey");
  }

  /** Fails unless the sample is a complete payload-2.0 event for one of the function's routes. */
  @SuppressWarnings("unchecked")
  public static void assertRealShape(String relativePath, HttpFunction function) {
    Map<String, Object> e = json(relativePath);
    String where = relativePath + ": ";
    assertEquals("2.0", e.get("version"), where + "version");
    String routeKey = (String) e.get("routeKey");
    Optional<Route> route = function.routes().stream().filter(r -> r.routeKey().equals(routeKey)).findFirst();
    assertTrue(route.isPresent(), where + "routeKey " + routeKey + " is no route of " + function.getClass().getSimpleName());

    String rawPath = (String) e.get("rawPath");
    Optional<Map<String, String>> params = route.get().path().match(rawPath);
    assertTrue(params.isPresent(), where + "rawPath " + rawPath + " does not match " + routeKey);
    Map<String, String> pathParameters = (Map<String, String>) e.get("pathParameters");
    assertEquals(params.get().isEmpty() ? null : params.get(), pathParameters, where + "pathParameters");

    String rawQuery = (String) e.get("rawQueryString");
    assertNotNull(rawQuery, where + "rawQueryString");
    Map<String, String> query = (Map<String, String>) e.get("queryStringParameters");
    assertEquals(decode(rawQuery), query == null ? Map.of() : query, where + "queryStringParameters vs rawQueryString");

    Map<String, String> headers = (Map<String, String>) e.get("headers");
    assertNotNull(headers, where + "headers");
    headers.keySet().forEach(h -> assertEquals(h.toLowerCase(), h, where + "API Gateway lower-cases header names"));
    if (!route.get().isPublic()) {
      assertTrue(headers.getOrDefault("authorization", "").startsWith("Bearer kp_"), where + "authorization");
    }

    Map<String, Object> context = (Map<String, Object>) e.get("requestContext");
    assertNotNull(context, where + "requestContext");
    for (String field : List.of("accountId", "apiId", "domainName", "requestId", "time", "timeEpoch")) {
      assertNotNull(context.get(field), where + "requestContext." + field);
    }
    assertEquals(routeKey, context.get("routeKey"), where + "requestContext.routeKey");
    assertEquals("$default", context.get("stage"), where + "requestContext.stage");
    Map<String, Object> http = (Map<String, Object>) context.get("http");
    assertNotNull(http, where + "requestContext.http");
    assertEquals(route.get().method(), http.get("method"), where + "requestContext.http.method");
    assertEquals(rawPath, http.get("path"), where + "requestContext.http.path");
    for (String field : List.of("protocol", "sourceIp", "userAgent")) {
      assertNotNull(http.get(field), where + "requestContext.http." + field);
    }

    assertEquals(Boolean.FALSE, e.get("isBase64Encoded"), where + "isBase64Encoded");
    Object body = e.get("body");
    if (body != null) {
      assertEquals("application/json", headers.get("content-type"), where + "content-type of the body");
      assertEquals(String.valueOf(((String) body).getBytes(StandardCharsets.UTF_8).length), headers.get("content-length"),
          where + "content-length");
    } else {
      assertFalse(headers.containsKey("content-type"), where + "content-type without a body");
    }
  }

  private static Map<String, String> decode(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      params.merge(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "", (a, b) -> a + "," + b);
    }
    return params;
  }
}
