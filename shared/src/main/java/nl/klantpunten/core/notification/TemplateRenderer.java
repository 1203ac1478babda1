package nl.klantpunten.core.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Fills a template's placeholders. Values are HTML-escaped in the HTML part (a customer named {@code <b>} cannot
 * change the email's markup) and used as they are in the subject and text. A placeholder without a value is an
 * error ({@link MissingValues}), never an empty gap in a sentence the customer reads.
 */
public final class TemplateRenderer {
  private TemplateRenderer() {}

  public static RenderedEmail render(EmailTemplate template, Map<String, String> values) {
    Set<String> missing = new LinkedHashSet<>();
    String subject = fill(template.subject(), values, false, missing);
    String html = fill(template.html(), values, true, missing);
    String text = fill(template.text(), values, false, missing);
    if (!missing.isEmpty()) {
      throw new MissingValues(missing);
    }
    return new RenderedEmail(subject, html, text);
  }

  private static String fill(String text, Map<String, String> values, boolean html, Set<String> missing) {
    Matcher m = TemplateText.PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        missing.add(m.group(1));
        value = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(html ? escapeHtml(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Escapes the five characters that can change HTML markup or leave an attribute value. */
  public static String escapeHtml(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The template uses placeholders the notification has no value for. */
  public static final class MissingValues extends RuntimeException {
    private final Set<String> names;

    public MissingValues(Set<String> names) {
      super("no value for " + String.join(", ", names));
      this.names = Set.copyOf(names);
    }

    public Set<String> names() {
      return names;
    }
  }
}
