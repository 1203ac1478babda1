package nl.klantpunten.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored values and queries are normalised alike, so search ignores case, accents and stray characters. */
class SearchTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Zoë Müller|zoe muller",
      "ÉMILE Brontë|emile bronte",
      "ANNA|anna",
      "  Anna   de  Vries  |anna de vries",
      "İstanbul|istanbul",
      "Ångström-Çelik|angstrom-celik",
      "AB12-CD34|ab12-cd34",
      "Anna@Example.COM|anna@example.com",
  })
  void foldsCaseAndAccentsAndCollapsesSpaces(String input, String expected) {
    assertEquals(expected, SearchText.normalise(input));
  }

  @Test
  void dropsControlAndInvisibleCharacters() {
    assertEquals("anna", SearchText.normalise("An\u0000na\u0007"));
    assertEquals("anna", SearchText.normalise("An\u200Bna\u00AD"), "zero-width space and soft hyphen");
    assertEquals("anna", SearchText.normalise("\u0001anna\u0001"), "the search rows' separator cannot get in");
    assertEquals("anna", SearchText.normalise("anna \u0007"), "nothing trails once control characters are gone");
  }

  @Test
  void whitespaceOfAnyKindKeepsWordsApart() {
    assertEquals("anna de vries", SearchText.normalise("Anna\tde\nVries"));
    assertEquals("anna de vries", SearchText.normalise("Anna\u00A0de\u2003Vries"), "no-break and em spaces");
    assertEquals("anna de vries", SearchText.normalise("Anna \u0000 de\r\nVries"));
  }

  @Test
  void decomposedAndComposedAccentsAreEqual() {
    assertEquals(SearchText.normalise("Zo\u00EB"), SearchText.normalise("Zoe\u0308"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n", "\u0007\u200B", "\u0301"})
  void aQueryMustContainSomethingToSearchFor(String q) {
    ValidationException e = assertThrows(ValidationException.class, () -> SearchText.query(q));
    assertEquals("q", e.errors().get(0).field());
    assertEquals("required", e.errors().get(0).rule());
  }

  @Test
  void aQueryHasAtMost100Characters() {
    assertEquals("a".repeat(100), SearchText.query("A".repeat(100)));
    ValidationException e = assertThrows(ValidationException.class, () -> SearchText.query("a".repeat(101)));
    assertEquals("maxLength", e.errors().get(0).rule());
  }

  @Test
  void aQueryIsNormalisedLikeTheStoredValues() {
    assertEquals("zoe m", SearchText.query("  ZOË  M"));
  }
}
