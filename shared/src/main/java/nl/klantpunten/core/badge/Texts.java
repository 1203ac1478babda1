package nl.klantpunten.core.badge;

import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.settings.FieldReader;

/** Trimmed, length-limited text fields of catalog items (badges, rewards): blank counts as absent. */
public final class Texts {
  private Texts() {}

  public static String required(FieldReader in, Violations v, String field, int max) {
    Object raw = in.raw(field);
    String value = optional(in, v, field, max);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      v.add(in.pathOf(field), "required", "is required");
    }
    return value;
  }

  public static String optional(FieldReader in, Violations v, String field, int max) {
    String raw = in.text(field);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    if (value.length() > max) {
      v.add(in.pathOf(field), "length", "at most " + max + " characters");
      return null;
    }
    return value;
  }
}
