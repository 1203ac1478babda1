package nl.klantpunten.core.redemption;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/**
 * The shop's reference for the order a redemption is for (its checkout or order number). It becomes part of a key,
 * so it is held to the same alphabet as other ids: no '#', nothing that could reach another key.
 */
public final class OrderRefs {
  public static final int MAX_LENGTH = 128;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@+:=-]{1," + MAX_LENGTH + "}");

  private OrderRefs() {}

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  public static String check(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(field, "required", "the order reference is required");
    }
    if (!isValid(value)) {
      throw ValidationException.of(field, "format", "1-" + MAX_LENGTH + " characters: letters, digits and . _ @ + : = -");
    }
    return value;
  }
}
