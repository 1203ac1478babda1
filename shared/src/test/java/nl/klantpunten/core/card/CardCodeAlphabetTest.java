package nl.klantpunten.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The check character catches every single-character substitution and every transposition.
 *
 * <p>Why enumerating (position, original, replacement) is exhaustive: validity is "weighted sum ≡ 0 (mod 23)" and the
 * sum is linear, so replacing character a by b at position p turns a valid code into a valid one exactly when
 * w(p)·(b−a) ≡ 0, whatever the other characters are. The tests below still go through {@link CardCodeAlphabet#isValid}
 * with several random backgrounds per case, so they check the implementation, not only the arithmetic.
 */
class CardCodeAlphabetTest {
  private static final int LENGTH = CardCode.DATA_LENGTH + 1;
  private static final int BACKGROUNDS = 5;

  @Test
  void alphabetHasNoLookAlikesAndIsPrimeSized() {
    for (char c : "0O1IL5S2Z8BUQ".toCharArray()) {
      assertEquals(-1, CardCodeAlphabet.valueOf(c), c + " must not be on cards");
    }
    assertEquals(23, CardCodeAlphabet.SIZE);
    assertEquals(CardCodeAlphabet.SIZE, CardCodeAlphabet.ALPHABET.chars().distinct().count(), "no duplicates");
    assertTrue(java.math.BigInteger.valueOf(CardCodeAlphabet.SIZE).isProbablePrime(50));
  }

  @Test
  void everySingleSubstitutionAtEveryPositionIsDetected() {
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    for (int position = 0; position < LENGTH; position++) {
      for (int original = 0; original < CardCodeAlphabet.SIZE; original++) {
        for (int n = 0; n < BACKGROUNDS; n++) {
          char[] code = validCodeWith(position, original, random);
          assertTrue(CardCodeAlphabet.isValid(new String(code)));
          for (int replacement = 0; replacement < CardCodeAlphabet.SIZE; replacement++) {
            if (replacement == original) {
              continue;
            }
            char[] typo = code.clone();
            typo[position] = CardCodeAlphabet.charOf(replacement);
            assertFalse(CardCodeAlphabet.isValid(new String(typo)),
                new String(code) + " with " + typo[position] + " at " + position + " passed the check");
            checked++;
          }
        }
      }
    }
    assertEquals(LENGTH * 23 * 22 * BACKGROUNDS, checked);
  }

  @Test
  void everyTranspositionOfTwoDifferentCharactersIsDetected() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < LENGTH; i++) {
      for (int j = i + 1; j < LENGTH; j++) {
        for (int a = 0; a < CardCodeAlphabet.SIZE; a++) {
          for (int b = 0; b < CardCodeAlphabet.SIZE; b++) {
            if (a == b) {
              continue;
            }
            char[] code = validCodeWithPair(i, a, j, b, random);
            char[] swapped = code.clone();
            swapped[i] = code[j];
            swapped[j] = code[i];
            assertFalse(CardCodeAlphabet.isValid(new String(swapped)),
                new String(code) + " with positions " + i + " and " + j + " swapped passed the check");
          }
        }
      }
    }
  }

  @Test
  void randomStringsPassOnlyWithTheirOwnCheckCharacter() {
    Random random = new Random(3);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder data = new StringBuilder();
      for (int i = 0; i < CardCode.DATA_LENGTH; i++) {
        data.append(CardCodeAlphabet.charOf(random.nextInt(CardCodeAlphabet.SIZE)));
      }
      char check = CardCodeAlphabet.checkCharacter(data);
      int passing = 0;
      for (int c = 0; c < CardCodeAlphabet.SIZE; c++) {
        if (CardCodeAlphabet.isValid(data.toString() + CardCodeAlphabet.charOf(c))) {
          passing++;
          assertEquals(check, CardCodeAlphabet.charOf(c));
        }
      }
      assertEquals(1, passing);
    }
  }

  /** A valid code with {@code value} at {@code position}; other data characters random. */
  private static char[] validCodeWith(int position, int value, SplittableRandom random) {
    while (true) {
      char[] code = randomValid(random);
      if (position < CardCode.DATA_LENGTH) {
        code[position] = CardCodeAlphabet.charOf(value);
        code[LENGTH - 1] = CardCodeAlphabet.checkCharacter(new String(code, 0, CardCode.DATA_LENGTH));
        return code;
      }
      // the check position: vary the first character until the check comes out as wanted (1 in 23)
      for (int first = 0; first < CardCodeAlphabet.SIZE; first++) {
        code[0] = CardCodeAlphabet.charOf(first);
        code[LENGTH - 1] = CardCodeAlphabet.checkCharacter(new String(code, 0, CardCode.DATA_LENGTH));
        if (CardCodeAlphabet.valueOf(code[LENGTH - 1]) == value) {
          return code;
        }
      }
    }
  }

  /** A valid code with {@code a} at {@code i} and {@code b} at {@code j}. */
  private static char[] validCodeWithPair(int i, int a, int j, int b, SplittableRandom random) {
    while (true) {
      char[] code = randomValid(random);
      code[i] = CardCodeAlphabet.charOf(a);
      if (j < CardCode.DATA_LENGTH) {
        code[j] = CardCodeAlphabet.charOf(b);
        code[LENGTH - 1] = CardCodeAlphabet.checkCharacter(new String(code, 0, CardCode.DATA_LENGTH));
        return code;
      }
      // j is the check position: pick a free data position to steer the check character to b
      int free = i == 0 ? 1 : 0;
      for (int v = 0; v < CardCodeAlphabet.SIZE; v++) {
        code[free] = CardCodeAlphabet.charOf(v);
        code[LENGTH - 1] = CardCodeAlphabet.checkCharacter(new String(code, 0, CardCode.DATA_LENGTH));
        if (CardCodeAlphabet.valueOf(code[LENGTH - 1]) == b) {
          return code;
        }
      }
    }
  }

  private static char[] randomValid(SplittableRandom random) {
    char[] code = new char[LENGTH];
    for (int i = 0; i < CardCode.DATA_LENGTH; i++) {
      code[i] = CardCodeAlphabet.charOf(random.nextInt(CardCodeAlphabet.SIZE));
    }
    code[LENGTH - 1] = CardCodeAlphabet.checkCharacter(new String(code, 0, CardCode.DATA_LENGTH));
    return code;
  }
}
