package nl.klantpunten.core.customer;

import java.text.Normalizer;
import java.util.Locale;
import nl.klantpunten.core.error.ValidationException;

/** How names, emails and card codes are compared in search: trimmed, lowercase, accents folded. */
public final class SearchText {
  public static final int MAX_QUERY_LENGTH = 100;

  private SearchText() {}

  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}|\\p{Cntrl}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** A search query: non-blank and bounded, normalised like the stored values. */
  public static String query(String q) {
    if (q == null || q.isBlank()) {
      throw ValidationException.of("q", "required", "give a card code, name or email prefix to search for");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw ValidationException.of("q", "maxLength", "at most " + MAX_QUERY_LENGTH + " characters");
    }
    return normalise(q);
  }
}
