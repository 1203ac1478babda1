package nl.klantpunten.aws.ops;

import java.util.regex.Pattern;

/**
 * The last guard before a log line leaves the function: e-mail addresses and API keys are masked wherever they
 * appear (an exception message that quotes input, say). The code logs neither on purpose; this catches accidents.
 */
final class Redaction {
  private static final Pattern EMAIL = Pattern.compile("[^\\s\"'<>(),;:@]+@[^\\s\"'<>(),;:@]+\\.[A-Za-z]{2,}");
  private static final Pattern API_KEY = Pattern.compile("kp_[A-Za-z0-9_-]{8,}");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)\\S+");

  private Redaction() {}

  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = EMAIL.matcher(text).replaceAll("<email>");
    out = API_KEY.matcher(out).replaceAll("kp_<redacted>");
    return BEARER.matcher(out).replaceAll("$1<redacted>");
  }
}
