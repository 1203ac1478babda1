package nl.klantpunten.core.customer;

import java.text.Normalizer;
import java.util.Locale;
import nl.klantpunten.core.error.ValidationException;

/** How names, emails and card codes are compared in search: trimmed, lowercase, accents folded. */
public final class SearchText {
  public static final int MAX_QUERY_LENGTH = 100;

  private SearchText() {}

  /**
   * Whitespace of any kind (tabs, line breaks, no-break spaces) becomes one space, so words stay apart; accents,
   * control and invisible format characters are dropped; the result is trimmed and lowercased.
   */
  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("[\\s\\p{Z}]+", " ")
        .replaceAll("[\\p{M}\\p{Cc}\\p{Cf}]", "")
        .replaceAll(" {2,}", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** A search query: non-blank and bounded, normalised like the stored values. */
  public static String query(String q) {
    if (q == null || q.isBlank()) {
      throw ValidationException.of("q", "required", "give a card code, name or email prefix to search for");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw ValidationException.of("q", "maxLength", "at most " + MAX_QUERY_LENGTH + " characters");
    }
    String normalised = normalise(q);
    if (normalised.isEmpty()) {
      throw ValidationException.of("q", "required", "give a card code, name or email prefix to search for");
    }
    return normalised;
  }
}
