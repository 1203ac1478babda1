package nl.klantpunten.core.error;

import java.util.Locale;

/** Problem codes (UPPER_SNAKE, e.g. INSUFFICIENT_BALANCE) as field-error rules (lowerCamel: insufficientBalance). */
public final class Codes {
  private Codes() {}

  public static String rule(String code) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = false;
    for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upperNext = out.length() > 0;
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return out.toString();
  }
}
