package nl.klantpunten.core.error;

/** Well-formed but unacceptable, e.g. an idempotency key reused for a different request. Maps to 422. */
public final class UnprocessableException extends RuntimeException {
  private final String code;

  public UnprocessableException(String code, String detail) {
    super(detail);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
