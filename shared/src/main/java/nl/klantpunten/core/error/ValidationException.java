package nl.klantpunten.core.error;

import java.util.List;

/** The caller's input breaks one or more rules; nothing was written. Maps to 400. */
public final class ValidationException extends RuntimeException {
  private final transient List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String rule, String message) {
    return new ValidationException(List.of(new FieldError(field, rule, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
