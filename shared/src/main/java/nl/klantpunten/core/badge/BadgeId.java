package nl.klantpunten.core.badge;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/** A program's own id for a badge ("gold"). Never contains the key separator '#', so it cannot reach another key. */
public record BadgeId(String value) {
  public static final int MAX_LENGTH = 64;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

  public BadgeId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("badgeId", "format", "1-" + MAX_LENGTH + " characters: letters, digits and . _ -");
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
