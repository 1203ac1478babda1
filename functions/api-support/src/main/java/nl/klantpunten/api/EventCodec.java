package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** API Gateway HTTP API (payload 2.0) events in, responses out. */
public final class EventCodec {
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private EventCodec() {}

  public static ApiRequest decode(APIGatewayV2HTTPEvent event) {
    String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
        ? event.getRequestContext().getHttp().getMethod()
        : null;
    if (method == null && event.getRouteKey() != null) {
      method = event.getRouteKey().split(" ", 2)[0];
    }
    Map<String, String> headers = new HashMap<>();
    if (event.getHeaders() != null) {
      event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    }
    Map<String, String> query = event.getQueryStringParameters() == null
        ? Map.of()
        : Map.copyOf(event.getQueryStringParameters());
    return new ApiRequest(method == null ? "GET" : method.toUpperCase(Locale.ROOT), event.getRawPath(), Map.of(),
        query, Map.copyOf(headers), body(event, requestId), null, requestId);
  }

  private static String body(APIGatewayV2HTTPEvent event, String requestId) {
    String raw = event.getBody();
    if (raw == null) {
      return null;
    }
    byte[] bytes = event.getIsBase64Encoded()
        ? Base64.getDecoder().decode(raw)
        : raw.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ApiException(413, "BODY_TOO_LARGE", "Body too large",
          "body: at most " + MAX_BODY_BYTES + " bytes, got " + bytes.length, "body", "maxBytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public static APIGatewayV2HTTPResponse encode(ApiResponse response) {
    Map<String, String> headers = new HashMap<>(response.headers());
    headers.putIfAbsent("cache-control", "no-store");
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(headers)
        .withBody(response.body())
        .withIsBase64Encoded(false)
        .build();
  }
}
