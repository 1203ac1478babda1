package nl.klantpunten.api;

import java.util.Locale;
import java.util.Map;
import nl.klantpunten.core.auth.Principal;
import nl.klantpunten.core.error.ValidationException;

/**
 * One HTTP request as the operations see it: headers lower-cased, path parameters decoded, caller known. {@code body}
 * is the body as text (valid UTF-8, checked on arrival); {@link #bodyBytes()} the exact bytes received, which a
 * signature is computed over.
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> pathParams,
    Map<String, String> query,
    Map<String, String> headers,
    String body,
    Principal principal,
    String requestId,
    byte[] rawBody) {

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  public String queryParam(String name) {
    String value = query.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /** An optional whole-number query parameter within bounds; 400 naming it otherwise. */
  public int intParam(String name, int defaultValue, int min, int max) {
    String value = queryParam(name);
    if (value == null) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ValidationException.of(name, "range", "must be a whole number from " + min + " to " + max);
  }

  public boolean booleanParam(String name) {
    String value = queryParam(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ValidationException.of(name, "boolean", "must be true or false");
  }

  /** The body exactly as received (empty when there is none). */
  public byte[] bodyBytes() {
    return rawBody == null ? new byte[0] : rawBody.clone();
  }

  /** The body as a JSON object; 400 when it is missing or not a JSON object. */
  public JsonBody json() {
    return JsonBody.parse(body);
  }

  ApiRequest routed(Map<String, String> params, Principal caller) {
    return new ApiRequest(method, path, params, query, headers, body, caller, requestId, rawBody);
  }
}
