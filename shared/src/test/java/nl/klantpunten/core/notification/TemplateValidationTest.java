package nl.klantpunten.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class TemplateValidationTest {

  private static List<FieldError> errors(NotificationType type, Map<String, Object> body) {
    return assertThrows(ValidationException.class, () -> TemplateValidation.check(type, body)).errors();
  }

  @Test
  void acceptsTheTypesOwnAndTheCommonPlaceholders() {
    EmailTemplate t = TemplateValidation.check(NotificationType.BADGE_UNLOCKED, Map.of(
        "subject", "{{badge.title}}", "html", "<p>{{customer.name}} {{balance}}</p>", "text", "{{program.name}}"));
    assertEquals("{{badge.title}}", t.subject());
  }

  @Test
  void anUnknownPlaceholderIsRefusedNamingTheFieldAndThePlaceholder() {
    List<FieldError> errors = errors(NotificationType.POINTS_EARNED, Map.of(
        "subject", "You earned {{ponts}}", "html", "<p>{{badge.title}}</p>", "text", "{{points}}"));
    assertEquals(List.of("subject", "html"), errors.stream().map(FieldError::field).toList());
    assertTrue(errors.get(0).message().contains("{{ponts}}"), errors.get(0).message());
    assertTrue(errors.get(1).message().contains("{{badge.title}}"), "a placeholder of another type");
  }

  @Test
  void aBrokenPlaceholderAndMissingPartsAreRefused() {
    List<FieldError> errors = errors(NotificationType.POINTS_EARNED, Map.of(
        "subject", "Hi {{customer.name", "html", "", "extra", 1));
    assertEquals(List.of("extra", "subject", "html", "text"), errors.stream().map(FieldError::field).toList());
  }
}
