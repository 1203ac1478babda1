package nl.klantpunten.core.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.error.Violations;

/**
 * Checks a template before it is saved: subject, html and text present and within size, and every placeholder one
 * the type knows. Each problem is reported under its field ({@code html}, {@code subject}…) naming the placeholder,
 * so the editor sees at once that {@code {{ponts}}} is a typo.
 */
public final class TemplateValidation {
  private TemplateValidation() {}

  /** Throws ValidationException (400) listing every problem; returns the template when it is fine. */
  public static EmailTemplate check(NotificationType type, Map<String, Object> body) {
    Violations v = new Violations();
    for (String field : body.keySet()) {
      if (!Set.of("subject", "html", "text", "type", "language", "isDefault").contains(field)) {
        v.add(field, "unknown", "unknown field; allowed: subject, html, text");
      }
    }
    String subject = field(body, "subject", EmailTemplate.MAX_SUBJECT_LENGTH, type, v);
    String html = field(body, "html", EmailTemplate.MAX_BODY_LENGTH, type, v);
    String text = field(body, "text", EmailTemplate.MAX_BODY_LENGTH, type, v);
    if (subject != null && (subject.contains("\n") || subject.contains("\r"))) {
      v.add("subject", "format", "a subject is one line");
    }
    v.throwIfAny();
    return new EmailTemplate(subject, html, text);
  }

  private static String field(Map<String, Object> body, String field, int max, NotificationType type,
      Violations v) {
    Object value = body.get(field);
    if (!(value instanceof String s) || s.isBlank()) {
      v.add(field, value == null ? "required" : "type", "a non-empty string is required");
      return null;
    }
    if (s.length() > max) {
      v.add(field, "maxLength", "at most " + max + " characters");
      return null;
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (String name : TemplateText.placeholders(s)) {
      if (!type.allows(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      v.add(field, "placeholder", "unknown placeholder " + String.join(", ", unknown.stream()
          .map(n -> "{{" + n + "}}").toList()) + " for " + type.wireName() + "; allowed: "
          + String.join(", ", type.placeholders()));
    }
    if (TemplateText.hasBrokenPlaceholder(s)) {
      v.add(field, "placeholder", "a '{{' that does not open a placeholder such as {{points}}");
    }
    return s;
  }
}
