package nl.klantpunten.core.customer;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/** The shop's own id for a customer. Never contains the key separator '#', so it cannot reach another key. */
public record CustomerId(String value) {
  public static final int MAX_LENGTH = 128;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@+:=-]{1," + MAX_LENGTH + "}");

  public CustomerId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("customerId", "format",
          "1-" + MAX_LENGTH + " characters: letters, digits and . _ @ + : = -");
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
