package nl.klantpunten.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Predicate;
import nl.klantpunten.core.error.ValidationException;

/**
 * Opaque page cursors: base64url of the last sort key returned. Only the sort key travels; the partition key is
 * always rebuilt from the caller's own program, so a cursor can never lead into another tenant's data.
 */
final class Cursor {
  private Cursor() {}

  static String encode(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key in the cursor; 400 on the field {@code cursor} when it was not made by {@link #encode}. */
  static String decode(String cursor, Predicate<String> validSortKey) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String sortKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (validSortKey.test(sortKey)) {
        return sortKey;
      }
    } catch (IllegalArgumentException malformed) {
      // fall through to the validation error
    }
    throw ValidationException.of("cursor", "format", "not a cursor this API returned; start without one");
  }
}
