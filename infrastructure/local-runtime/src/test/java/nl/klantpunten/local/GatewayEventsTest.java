package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Route;
import org.junit.jupiter.api.Test;

/** The API Gateway HTTP API v2 event built for one request, field by field. */
class GatewayEventsTest {
  private static final Route SEARCH = Route.get("/v1/customers", request -> null, nl.klantpunten.api.Roles.ANY);
  private static final Route SAVE =
      Route.put("/v1/customers/{customerId}", request -> null, nl.klantpunten.api.Roles.ANY);
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

  @Test
  void queryAndHeadersAsApiGatewayPassesThem() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of("Bearer kp_x"));
    headers.put("X-Multi", List.of("a", "b"));
    headers.put("Host", List.of("127.0.0.1:8080"));
    headers.put("User-agent", List.of("curl/8.0"));
    headers.put("Cookie", List.of("theme=dark; lang=nl"));
    IncomingRequest request = new IncomingRequest("GET",
        URI.create("/v1/customers?q=anna%20de+vries&limit=5&tag=a&tag=b%2Cc&flag&=x"), "HTTP/1.1", headers,
        new byte[0], "10.0.0.7");

    APIGatewayV2HTTPEvent event = GatewayEvents.build(request, SEARCH, Map.of(), "req-1", NOW);

    assertEquals("2.0", event.getVersion());
    assertEquals("GET /v1/customers", event.getRouteKey());
    assertEquals("/v1/customers", event.getRawPath());
    assertEquals("q=anna%20de+vries&limit=5&tag=a&tag=b%2Cc&flag&=x", event.getRawQueryString());
    assertEquals(Map.of("q", "anna de vries", "limit", "5", "tag", "a,b,c", "flag", "", "", "x"),
        event.getQueryStringParameters());
    assertEquals("Bearer kp_x", event.getHeaders().get("authorization"));
    assertEquals("a,b", event.getHeaders().get("x-multi"));
    assertFalse(event.getHeaders().containsKey("cookie"), "cookies travel in their own field");
    assertEquals(List.of("theme=dark", "lang=nl"), event.getCookies());
    assertTrue(event.getHeaders().keySet().stream().allMatch(k -> k.equals(k.toLowerCase())));
    assertNull(event.getBody(), "no body: no body field");
    assertFalse(event.getIsBase64Encoded());
    assertNull(event.getPathParameters());

    var context = event.getRequestContext();
    assertEquals("req-1", context.getRequestId());
    assertEquals("GET /v1/customers", context.getRouteKey());
    assertEquals("$default", context.getStage());
    assertEquals("127.0.0.1", context.getDomainName());
    assertEquals(NOW.toEpochMilli(), context.getTimeEpoch());
    assertEquals("01/Mar/2026:10:15:30 +0000", context.getTime());
    assertEquals("GET", context.getHttp().getMethod());
    assertEquals("/v1/customers", context.getHttp().getPath());
    assertEquals("HTTP/1.1", context.getHttp().getProtocol());
    assertEquals("10.0.0.7", context.getHttp().getSourceIp());
    assertEquals("curl/8.0", context.getHttp().getUserAgent());
  }

  @Test
  void pathParametersAndTextBody() {
    IncomingRequest request = new IncomingRequest("put", URI.create("/v1/customers/anna%2B1"), "HTTP/1.1",
        Map.of("Content-Type", List.of("application/json; charset=utf-8")),
        "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");

    APIGatewayV2HTTPEvent event = GatewayEvents.build(request, SAVE, Map.of("customerId", "anna+1"), "req-2", NOW);

    assertEquals("PUT /v1/customers/{customerId}", event.getRouteKey());
    assertEquals("/v1/customers/anna+1", event.getRawPath(), "HTTP APIs pass the path decoded");
    assertEquals(Map.of("customerId", "anna+1"), event.getPathParameters());
    assertEquals("", event.getRawQueryString());
    assertNull(event.getQueryStringParameters());
    assertEquals("{\"name\":\"Zoë\"}", event.getBody());
    assertFalse(event.getIsBase64Encoded());
    assertEquals("PUT", event.getRequestContext().getHttp().getMethod());
    assertNull(event.getCookies());
  }

  @Test
  void nonTextBodyIsBase64Encoded() {
    byte[] bytes = {0, 1, 2, (byte) 0xFF, 'a'};
    for (String type : new String[] {"application/octet-stream", "application/x-www-form-urlencoded", null}) {
      Map<String, List<String>> headers = type == null ? Map.of() : Map.of("content-type", List.of(type));
      IncomingRequest request =
          new IncomingRequest("PUT", URI.create("/v1/customers/c"), "HTTP/1.1", headers, bytes, "127.0.0.1");

      APIGatewayV2HTTPEvent event = GatewayEvents.build(request, SAVE, Map.of("customerId", "c"), "r", NOW);

      assertTrue(event.getIsBase64Encoded(), String.valueOf(type));
      assertEquals(Base64.getEncoder().encodeToString(bytes), event.getBody());
    }
  }

  @Test
  void textTypes() {
    assertTrue(GatewayEvents.isText("application/json"));
    assertTrue(GatewayEvents.isText("Application/JSON; charset=UTF-8"));
    assertTrue(GatewayEvents.isText("application/problem+json"));
    assertTrue(GatewayEvents.isText("text/csv"));
    assertFalse(GatewayEvents.isText("image/png"));
    assertFalse(GatewayEvents.isText(null));
  }
}
