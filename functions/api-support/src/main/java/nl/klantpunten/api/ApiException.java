package nl.klantpunten.api;

/** An HTTP-level refusal (401, 403, 404 route, 405, 413, 415) with its problem code. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String title;

  public ApiException(int status, String code, String title, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
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

  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "UNAUTHORIZED", "Authentication required", detail);
  }
}
