package nl.klantpunten.core.reward;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/** A program's own id for a reward ("free-coffee"). Never contains the key separator '#'. */
public record RewardId(String value) {
  public static final int MAX_LENGTH = 64;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

  public RewardId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("rewardId", "format", "1-" + MAX_LENGTH + " characters: letters, digits and . _ -");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
