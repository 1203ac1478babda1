package nl.klantpunten.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import nl.klantpunten.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class CardCodeTest {

  @Test
  void generatedCodesAreGroupedValidAndVaried() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      CardCode code = CardCode.generate(random);
      assertTrue(code.value().matches("[" + CardCodeAlphabet.ALPHABET + "]{4}-[" + CardCodeAlphabet.ALPHABET + "]{4}"),
          code.value());
      assertEquals(code, CardCode.parse("cardCode", code.value()));
      seen.add(code.value());
    }
    assertTrue(seen.size() > 4_990, "5000 draws from 3.4e9 codes hardly repeat; got " + seen.size() + " distinct");
  }

  @Test
  void typedInputIsNormalised() {
    CardCode code = CardCode.generate(new SplittableRandom(1));
    String compact = code.compact();
    String lower = compact.toLowerCase();
    for (String typed : new String[] {
        lower, " " + lower + " ", lower.substring(0, 4) + " " + lower.substring(4), compact.substring(0, 2) + "-"
        + compact.substring(2, 5) + "-" + compact.substring(5), code.value(), lower.substring(0, 4) + "\u2013"
        + lower.substring(4)}) {
      assertEquals(code, CardCode.parse("cardCode", typed), typed);
    }
  }

  @Test
  void typosAreRefusedNamingTheRule() {
    CardCode code = CardCode.generate(new SplittableRandom(2));
    char[] chars = code.compact().toCharArray();
    chars[3] = CardCodeAlphabet.charOf((CardCodeAlphabet.valueOf(chars[3]) + 1) % CardCodeAlphabet.SIZE);
    assertEquals("checkCharacter", rule(new String(chars)));
    assertEquals("format", rule(code.compact().substring(0, 7)));
    assertEquals("format", rule("O" + code.compact().substring(1)), "O is never on a card");
    assertEquals("required", rule("  "));
    assertEquals("required", rule(null));
  }

  @Test
  void onlyCanonicalFormIsAccepted() {
    CardCode code = CardCode.generate(new SplittableRandom(3));
    assertTrue(CardCode.isCanonical(code.value()));
    assertEquals(false, CardCode.isCanonical(code.compact()));
    assertThrows(IllegalArgumentException.class, () -> new CardCode(code.value().toLowerCase()));
  }

  private static String rule(String typed) {
    ValidationException e = assertThrows(ValidationException.class, () -> CardCode.parse("cardCode", typed));
    assertEquals("cardCode", e.errors().get(0).field());
    return e.errors().get(0).rule();
  }
}
