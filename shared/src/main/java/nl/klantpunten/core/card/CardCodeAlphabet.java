package nl.klantpunten.core.card;

/**
 * The characters a card code is made of and its check character.
 *
 * <p>The alphabet leaves out every character that is easily read or typed as another one: 0/O/Q/D-like circles
 * (0, O, Q), 1/I/L, 5/S, 2/Z, 8/B and U (read as V). That leaves 23 characters. 23 is prime, which is why the check
 * is a weighted sum modulo 23 rather than Luhn mod N: Luhn mod N needs an even N and misses some transpositions,
 * whereas a weighted sum modulo a prime with distinct non-zero weights catches
 * <ul>
 *   <li>every single-character substitution: the sum changes by {@code w·(b−a)}, a product of two numbers that are
 *       not multiples of 23, hence never 0 mod 23;</li>
 *   <li>every transposition of two different characters, adjacent or not: the sum changes by {@code (wᵢ−wⱼ)·(b−a)},
 *       again never 0 mod 23 because the weights 1..8 are distinct below 23.</li>
 * </ul>
 * {@code CardCodeAlphabetTest} checks both exhaustively over every position and character pair.
 */
public final class CardCodeAlphabet {
  /** 5 digits and 18 letters, in ascending character order. */
  public static final String ALPHABET = "34679ACDEFGHJKMNPRTVWXY";
  public static final int SIZE = ALPHABET.length();
  /** Multiplicative inverse of the check character's weight (8) modulo 23: 8 × 3 = 24 ≡ 1. */
  private static final int INVERSE_OF_CHECK_WEIGHT = 3;

  private CardCodeAlphabet() {}

  /** The value 0..22 of a character, or −1 when it is not on cards. */
  public static int valueOf(char c) {
    return ALPHABET.indexOf(c);
  }

  public static char charOf(int value) {
    return ALPHABET.charAt(value);
  }

  /** Weight of a position: 1 for the first character, 2 for the second, …; the check character is last. */
  static int weight(int position) {
    return position + 1;
  }

  /** The character that makes the weighted sum of {@code data} followed by it a multiple of 23. */
  public static char checkCharacter(CharSequence data) {
    if (data.length() != CardCode.DATA_LENGTH) {
      throw new IllegalArgumentException("a card code has " + CardCode.DATA_LENGTH + " data characters");
    }
    int sum = weightedSum(data, data.length());
    int needed = Math.floorMod(-sum, SIZE);
    return charOf(needed * INVERSE_OF_CHECK_WEIGHT % SIZE);
  }

  /** True when every character is on cards and the weighted sum of all of them is a multiple of 23. */
  public static boolean isValid(CharSequence dataAndCheck) {
    if (dataAndCheck.length() != CardCode.DATA_LENGTH + 1) {
      return false;
    }
    for (int i = 0; i < dataAndCheck.length(); i++) {
      if (valueOf(dataAndCheck.charAt(i)) < 0) {
        return false;
      }
    }
    return weightedSum(dataAndCheck, dataAndCheck.length()) % SIZE == 0;
  }

  private static int weightedSum(CharSequence chars, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      int value = valueOf(chars.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("'" + chars.charAt(i) + "' is not a card code character");
      }
      sum += weight(i) * value;
    }
    return sum;
  }
}
