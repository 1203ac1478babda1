package nl.klantpunten.core.gift;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/** A program's own id for a gift plan ("monthly-gold"). Never contains '#', so it cannot reach another key. */
public record GiftId(String value) {
  public static final int MAX_LENGTH = 64;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

  public GiftId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("giftId", "format", "1-" + MAX_LENGTH + " characters: letters, digits and . _ -");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
