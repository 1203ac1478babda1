package nl.klantpunten.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The switches of the settings document: {@code points.enabled} and {@code badges.display}. */
class SwitchSettingsInputTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  private static ProgramSettings apply(ProgramSettings current, Map<String, Object> body) {
    return SettingsInput.apply(current, body, EUR);
  }

  @Test
  void bothSwitchesAreOnByDefault() {
    assertTrue(ProgramSettings.defaults().points().enabled());
    assertTrue(ProgramSettings.defaults().badges().display());
  }

  @Test
  void pointsAreTurnedOffAndOnAgainWithoutTouchingOtherParts() {
    ProgramSettings withRatio = apply(ProgramSettings.defaults(),
        Map.of("earning", Map.of("ratio", Map.of("points", 3, "amount", "2.00"))));
    ProgramSettings off = apply(withRatio, Map.of("points", Map.of("enabled", false)));
    assertFalse(off.points().enabled());
    assertEquals(withRatio.earning(), off.earning(), "the ratio survives the pause");
    assertFalse(apply(off, Map.of("earning", Map.of("includeTax", true))).points().enabled(),
        "another part leaves the switch alone");
    assertFalse(apply(off, Map.of("points", Map.of())).points().enabled(), "an absent field keeps its value");
    assertTrue(apply(off, Map.of("points", Map.of("enabled", true))).points().enabled());
  }

  @Test
  void badgeDisplayIsMergedLikeTheOtherBadgeFields() {
    ProgramSettings hidden = apply(ProgramSettings.defaults(), Map.of("badges", Map.of("display", false,
        "introText", "Hi")));
    assertFalse(hidden.badges().display());
    assertFalse(apply(hidden, Map.of("badges", Map.of("introText", "Hello"))).badges().display());
    assertTrue(apply(hidden, Map.of("badges", Map.of("display", true))).badges().display());
  }

  @Test
  void brokenSwitchesAreNamedByTheirPath() {
    ValidationException e = assertThrows(ValidationException.class, () -> apply(ProgramSettings.defaults(),
        Map.of("points", Map.of("enabled", "no", "paused", true), "badges", Map.of("display", 0))));
    List<String> fields = e.errors().stream().map(FieldError::field).sorted().toList();
    assertEquals(List.of("badges.display", "points.enabled", "points.paused"), fields);
    assertThrows(ValidationException.class, () -> apply(ProgramSettings.defaults(), Map.of("points", false)));
  }
}
