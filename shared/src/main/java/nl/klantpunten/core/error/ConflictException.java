package nl.klantpunten.core.error;

/** The request is valid but the current state forbids it (e.g. a balance would go below zero). Maps to 409. */
public final class ConflictException extends RuntimeException {
  private final String code;

  public ConflictException(String code, String detail) {
    super(detail);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
