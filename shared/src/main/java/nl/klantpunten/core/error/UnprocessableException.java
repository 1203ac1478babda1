package nl.klantpunten.core.error;

/**
 * Well-formed but unacceptable, e.g. an idempotency key reused for a different request. Maps to 422 with the input
 * {@code field} at fault, when there is one.
 */
public final class UnprocessableException extends RuntimeException {
  private final String code;
  private final String field;

  public UnprocessableException(String code, String detail) {
    this(code, null, detail);
  }

  public UnprocessableException(String code, String field, String detail) {
    super(detail);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }

  /** The broken rule as a field error (rule: the code in lowerCamelCase), or null without a field. */
  public FieldError error() {
    return field == null ? null : new FieldError(field, Codes.rule(code), getMessage());
  }
}
