package nl.klantpunten.core.card;

import java.util.Locale;
import java.util.random.RandomGenerator;
import nl.klantpunten.core.error.ValidationException;

/**
 * A loyalty card's code as printed and typed: 7 random characters and a check character from
 * {@link CardCodeAlphabet}, shown in two groups of four ({@code K7MD-3RXX}) so it is read and typed in two glances.
 * 23⁷ ≈ 3.4 billion codes per program keep accidental collisions rare; uniqueness itself is guaranteed by the
 * store's conditional claim, and the enrolment retries with a new code when a claim fails.
 */
public record CardCode(String value) {
  public static final int DATA_LENGTH = 7;
  public static final int GROUP = 4;
  public static final int PRINTED_LENGTH = DATA_LENGTH + 1 + 1; // data, check character, one dash

  public CardCode {
    if (value == null || value.length() != PRINTED_LENGTH || value.charAt(GROUP) != '-'
        || !CardCodeAlphabet.isValid(compact(value))) {
      throw new IllegalArgumentException("not a card code in canonical form: " + value);
    }
  }

  /** A fresh random code; {@code random} is made per container (SecureRandom), never in static initialisation. */
  public static CardCode generate(RandomGenerator random) {
    StringBuilder data = new StringBuilder(DATA_LENGTH);
    for (int i = 0; i < DATA_LENGTH; i++) {
      data.append(CardCodeAlphabet.charOf(random.nextInt(CardCodeAlphabet.SIZE)));
    }
    return fromCompact(data.toString() + CardCodeAlphabet.checkCharacter(data));
  }

  /**
   * Reads a code as a person typed it: case, spaces and dashes do not matter ({@code "k7md 3rxx"},
   * {@code "K7-MD3-RXP"}). 400 on {@code field} when characters are missing, not on cards, or the check character
   * does not match (a typo).
   */
  public static CardCode parse(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      throw ValidationException.of(field, "required", "a card code is required");
    }
    if (typed.length() > 64) {
      throw ValidationException.of(field, "format", "a card code has " + (DATA_LENGTH + 1) + " characters");
    }
    String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
    if (compact.length() != DATA_LENGTH + 1) {
      throw ValidationException.of(field, "format",
          "a card code has " + (DATA_LENGTH + 1) + " characters, such as K7MD-3RXX; got " + compact.length());
    }
    for (int i = 0; i < compact.length(); i++) {
      if (CardCodeAlphabet.valueOf(compact.charAt(i)) < 0) {
        throw ValidationException.of(field, "format", "'" + compact.charAt(i)
            + "' never appears on a card; card codes use only " + CardCodeAlphabet.ALPHABET);
      }
    }
    if (!CardCodeAlphabet.isValid(compact)) {
      throw ValidationException.of(field, "checkCharacter",
          "this card code contains a typo: the last character does not match the others");
    }
    return fromCompact(compact);
  }

  /** True when {@code text} is a code in canonical printed form (what the store keeps). */
  public static boolean isCanonical(String text) {
    try {
      new CardCode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The 8 characters without the dash. */
  public String compact() {
    return compact(value);
  }

  private static String compact(String printed) {
    return printed.substring(0, GROUP) + printed.substring(GROUP + 1);
  }

  static CardCode fromCompact(String compact) {
    return new CardCode(compact.substring(0, GROUP) + "-" + compact.substring(GROUP));
  }

  @Override
  public String toString() {
    return value;
  }
}
