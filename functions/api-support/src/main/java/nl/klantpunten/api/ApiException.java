package nl.klantpunten.api;

import nl.klantpunten.core.error.FieldError;

/**
 * An HTTP-level refusal (401, 403, 404 route, 405, 413, 415) with its problem code and, where the request has one,
 * the part of the request at fault ({@code field}: a header, a query parameter, "body", "path" or "method") and the
 * rule it broke.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String title;
  private final String field;
  private final String rule;

  public ApiException(int status, String code, String title, String detail) {
    this(status, code, title, detail, null, null);
  }

  public ApiException(int status, String code, String title, String detail, String field, String rule) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
    this.field = field;
    this.rule = rule;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** The refusal as a field error, or null when it names no part of the request. */
  public FieldError error() {
    return field == null ? null : new FieldError(field, rule, getMessage());
  }

  public static ApiException unauthorized(String detail) {
    return unauthorized("apiKey", detail);
  }

  /** 401 about the Authorization header; {@code rule}: required, format or apiKey (unknown or revoked). */
  public static ApiException unauthorized(String rule, String detail) {
    return new ApiException(401, "UNAUTHORIZED", "Authentication required", detail, "Authorization", rule);
  }

  /** 403: the key is valid but its role may not do this; {@code field} is what asked for it. */
  public static ApiException forbidden(String field, String detail) {
    return new ApiException(403, "FORBIDDEN", "Forbidden", detail, field, "role");
  }
}
