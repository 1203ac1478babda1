package nl.klantpunten.core.error;

/**
 * The request is valid but the current state forbids it (e.g. a balance would go below zero). Maps to 409 with the
 * input {@code field} whose value the state refuses, when there is one.
 */
public final class ConflictException extends RuntimeException {
  private final String code;
  private final String field;

  public ConflictException(String code, String detail) {
    this(code, null, detail);
  }

  public ConflictException(String code, String field, String detail) {
    super(detail);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  /** The input field the refusal is about, or null. */
  public String field() {
    return field;
  }

  /** The broken rule as a field error (rule: the code in lowerCamelCase), or null without a field. */
  public FieldError error() {
    return field == null ? null : new FieldError(field, Codes.rule(code), getMessage());
  }
}
