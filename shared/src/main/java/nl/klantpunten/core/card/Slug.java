package nl.klantpunten.core.card;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/**
 * The public name of a card program in its enrolment link ({@code /v1/enrol/<slug>}): lowercase letters, digits and
 * single inner dashes, 3-40 characters. Unique across all programs of the deployment; it never reaches a key other
 * than its own claim item, and the program id it resolves to comes from that claim, never from the caller.
 */
public record Slug(String value) {
  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Slug {
    if (!valid(value)) {
      throw ValidationException.of("slug", "format", "3-40 lowercase letters, digits and single dashes inside, "
          + "such as bakkerij-jansen");
    }
  }

  /** Lower-cases and trims what a vendor typed; 400 on {@code slug} when it does not fit. */
  public static Slug parse(String text) {
    if (text == null || text.isBlank()) {
      throw ValidationException.of("slug", "required", "a slug is required, such as bakkerij-jansen");
    }
    return new Slug(text.strip().toLowerCase(Locale.ROOT));
  }

  /** A slug from a request path: empty when it cannot name any program (answered as 404, not 400). */
  public static Optional<Slug> fromPath(String text) {
    return valid(text) ? Optional.of(new Slug(text)) : Optional.empty();
  }

  private static boolean valid(String value) {
    return value != null && value.length() >= MIN_LENGTH && value.length() <= MAX_LENGTH
        && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
