package nl.klantpunten.core.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input before failing, so the caller sees all of them at once. */
public final class Violations {
  private final List<FieldError> errors = new ArrayList<>();

  public Violations add(String field, String rule, String message) {
    errors.add(new FieldError(field, rule, message));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
