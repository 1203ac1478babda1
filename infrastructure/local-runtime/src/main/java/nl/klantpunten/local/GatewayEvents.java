package nl.klantpunten.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.Route;

/**
 * Builds the event an API Gateway HTTP API (payload format 2.0) hands a Lambda integration for one request, so the
 * handlers run locally on the input they get in AWS:
 * <ul>
 *   <li>{@code routeKey} is the matched route ({@code GET /v1/customers/{customerId}}) and {@code pathParameters}
 *       its decoded parameters;</li>
 *   <li>{@code rawPath} and {@code requestContext.http.path} carry the decoded path (HTTP APIs decode it, unlike
 *       REST APIs and function URLs); {@code rawQueryString} is the query as sent, without {@code ?};</li>
 *   <li>{@code queryStringParameters} are decoded ({@code +} is a space) and a repeated key's values are joined with
 *       commas, as are a repeated header's; header names are lower-cased; cookies move to {@code cookies};</li>
 *   <li>a body whose content type is not text, or that is not valid UTF-8, is base64-encoded with
 *       {@code isBase64Encoded: true}, so the handler sees the exact bytes (and refuses what is not UTF-8) instead of
 *       replacement characters; an empty body is absent.</li>
 * </ul>
 */
final class GatewayEvents {
  static final String ACCOUNT_ID = "000000000000";
  static final String API_ID = "local";
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Set<String> TEXT_TYPES = Set.of(
      "application/json", "application/xml", "application/javascript", "application/x-yaml", "application/yaml");

  private GatewayEvents() {}

  static APIGatewayV2HTTPEvent build(IncomingRequest request, Route route, Map<String, String> pathParameters,
      String requestId, Instant now) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    request.headers().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("cookie")) {
        values.forEach(v -> cookies.addAll(splitCookies(v)));
      } else {
        headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
      }
    });
    String rawQuery = request.uri().getRawQuery();
    byte[] body = request.body();
    boolean text = isText(headers.get("content-type")) && isUtf8(body);
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey(route.routeKey())
        .withRawPath(request.path())
        .withRawQueryString(rawQuery == null ? "" : rawQuery)
        .withCookies(cookies.isEmpty() ? null : List.copyOf(cookies))
        .withHeaders(headers)
        .withQueryStringParameters(rawQuery == null || rawQuery.isEmpty() ? null : queryParameters(rawQuery))
        .withPathParameters(pathParameters.isEmpty() ? null : Map.copyOf(pathParameters))
        .withBody(body.length == 0 ? null
            : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
        .withIsBase64Encoded(body.length > 0 && !text)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withAccountId(ACCOUNT_ID)
            .withApiId(API_ID)
            .withDomainName(domainName(headers.get("host")))
            .withDomainPrefix(domainName(headers.get("host")).split("\\.", 2)[0])
            .withRequestId(requestId)
            .withRouteKey(route.routeKey())
            .withStage("$default")
            .withTime(REQUEST_TIME.format(now))
            .withTimeEpoch(now.toEpochMilli())
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(request.method().toUpperCase(Locale.ROOT))
                .withPath(request.path())
                .withProtocol(request.protocol())
                .withSourceIp(request.sourceIp())
                .withUserAgent(headers.get("user-agent"))
                .build())
            .build())
        .build();
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Decoded query parameters; a key given more than once gets its values joined with commas, in order. */
  static Map<String, String> queryParameters(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      params.merge(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "", (a, b) -> a + "," + b);
    }
    return params;
  }

  private static String decode(String component) {
    try {
      return URLDecoder.decode(component, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return component; // a stray '%': passed on as sent
    }
  }

  private static List<String> splitCookies(String header) {
    List<String> out = new ArrayList<>();
    for (String cookie : header.split(";")) {
      if (!cookie.isBlank()) {
        out.add(cookie.strip());
      }
    }
    return out;
  }

  static boolean isText(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.startsWith("text/") || TEXT_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
  }

  private static String domainName(String host) {
    if (host == null || host.isBlank()) {
      return "localhost";
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
  }
}
