package nl.klantpunten.core.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax, in one place: {@code {{name}}} or {@code {{ customer.name }}}, names of letters, digits,
 * dots and underscores. A {@code {{} that does not open such a placeholder is an error, so a broken placeholder is
 * never sent as literal text.
 */
final class TemplateText {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*}}");

  private TemplateText() {}

  /** The placeholder names in {@code text}, in order of appearance. */
  static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** True when a {@code {{} remains once every well-formed placeholder is taken out. */
  static boolean hasBrokenPlaceholder(String text) {
    return PLACEHOLDER.matcher(text).replaceAll("").contains("{{");
  }
}
