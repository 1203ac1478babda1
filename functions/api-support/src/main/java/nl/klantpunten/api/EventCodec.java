package nl.klantpunten.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.klantpunten.core.error.ValidationException;

/** API Gateway HTTP API (payload 2.0) events in, responses out. */
public final class EventCodec {
  public static final int MAX_BODY_BYTES = 64 * 1024;

  private EventCodec() {}

  public static ApiRequest decode(APIGatewayV2HTTPEvent event) {
    return decode(event, MAX_BODY_BYTES);
  }

  /** As {@link #decode(APIGatewayV2HTTPEvent)}, with a function's own body limit (webhooks carry whole orders). */
  public static ApiRequest decode(APIGatewayV2HTTPEvent event, int maxBodyBytes) {
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
    byte[] bytes = bodyBytes(event, maxBodyBytes);
    return new ApiRequest(method == null ? "GET" : method.toUpperCase(Locale.ROOT), event.getRawPath(), Map.of(),
        query, Map.copyOf(headers), bytes == null ? null : text(bytes), null, requestId, bytes);
  }

  /**
   * The exact bytes sent: a base64 body decoded, a text body encoded as UTF-8. A text body that cannot be encoded
   * (a lone surrogate) or a base64 body that is not base64 is a 400 naming {@code body}.
   */
  private static byte[] bodyBytes(APIGatewayV2HTTPEvent event, int maxBodyBytes) {
    String raw = event.getBody();
    if (raw == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(raw) : utf8(raw);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw notUtf8();
    }
    if (bytes.length > maxBodyBytes) {
      throw new ApiException(413, "BODY_TOO_LARGE", "Body too large",
          "body: at most " + maxBodyBytes + " bytes, got " + bytes.length, "body", "maxBytes");
    }
    return bytes;
  }

  private static byte[] utf8(String text) throws CharacterCodingException {
    ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }

  /** The bytes as text; never replaces what is not UTF-8 (that would change what the client sent). */
  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8();
    }
  }

  private static ValidationException notUtf8() {
    return ValidationException.of("body", "utf8", "the body must be valid UTF-8 text");
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
