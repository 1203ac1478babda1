package nl.klantpunten.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.klantpunten.core.error.FieldError;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a hand correction: points within ±1,000,000,000 and never 0, a note of 1-500 characters. */
class ManualAdjustmentTest {

  private static FieldError refusal(Long points, String note) {
    ValidationException e = assertThrows(ValidationException.class, () -> ManualAdjustment.parse(points, note));
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, -1, 250, -250, 1_000_000_000L, -1_000_000_000L})
  void pointsWithinTheBoundsAreAccepted(long points) {
    ManualAdjustment a = ManualAdjustment.parse(points, "correction");
    assertEquals(points, a.points());
    assertEquals(EntryKind.ADJUST, a.kind());
  }

  @ParameterizedTest
  @CsvSource({
      "0, nonZero",
      "1000000001, range",
      "-1000000001, range",
      "9223372036854775807, range",
      "-9223372036854775808, range", // Math.abs of this is still negative: the bound must not rely on it
  })
  void pointsOutsideTheBoundsAreRefused(long points, String rule) {
    FieldError e = refusal(points, "correction");
    assertEquals("points", e.field());
    assertEquals(rule, e.rule());
  }

  @Test
  void pointsAreRequired() {
    FieldError e = refusal(null, "correction");
    assertEquals("points", e.field());
    assertEquals("required", e.rule());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void aNoteIsRequired(String note) {
    FieldError e = refusal(10L, note);
    assertEquals("note", e.field());
    assertEquals("required", e.rule());
  }

  @Test
  void aNoteHasAtMost500Characters() {
    assertEquals(500, ManualAdjustment.parse(10L, "n".repeat(500)).note().length());
    FieldError e = refusal(10L, "n".repeat(501));
    assertEquals("note", e.field());
    assertEquals("maxLength", e.rule());
  }

  @Test
  void theNoteIsStoredTrimmed() {
    assertEquals("welcome gift", ManualAdjustment.parse(500L, "  welcome gift \n").note());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> ManualAdjustment.parse(0L, ""));
    assertEquals(List.of("points", "note"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void previewOnABalanceAppliesThePoints() {
    assertEquals(new BalancePreview(500, 300, true, null), ManualAdjustment.parse(-200L, "x").previewOn(500));
  }
}
