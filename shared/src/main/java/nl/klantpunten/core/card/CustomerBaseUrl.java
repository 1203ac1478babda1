package nl.klantpunten.core.card;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import nl.klantpunten.core.error.ValidationException;

/**
 * The vendor's page for one customer, without the card code: the QR code on a card encodes
 * {@code <base>/<card code>}, so scanning it takes the vendor straight to that customer. HTTPS only (plain HTTP is
 * accepted for localhost, for the local stack); no query, fragment or user info, so appending the code is safe;
 * ASCII only, so every scanner reads the QR code the same way.
 */
public record CustomerBaseUrl(String value) {
  public static final int MAX_LENGTH = 200;
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  public static CustomerBaseUrl parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw ValidationException.of(field, "required", "the vendor's customer page, such as https://shop.example/klant");
    }
    String trimmed = text.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.length() > MAX_LENGTH) {
      throw ValidationException.of(field, "maxLength", "at most " + MAX_LENGTH + " characters");
    }
    if (!trimmed.chars().allMatch(c -> c > ' ' && c < 127)) {
      // a QR code in byte mode without an ECI header is read as Latin-1 by many scanners: keep the URL ASCII
      throw ValidationException.of(field, "ascii", "only ASCII characters: percent-encode paths, punycode hosts");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw ValidationException.of(field, "url", "not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean secure = scheme.equals("https") || (scheme.equals("http") && LOCAL_HOSTS.contains(host));
    if (!uri.isAbsolute() || host.isEmpty() || !secure) {
      throw ValidationException.of(field, "url", "must be an https:// URL (http:// only for localhost)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw ValidationException.of(field, "url", "must not carry a query, fragment or user name");
    }
    return new CustomerBaseUrl(trimmed);
  }

  /** The URL the card's QR code encodes. */
  public String forCard(String cardCode) {
    return value + "/" + cardCode;
  }

  @Override
  public String toString() {
    return value;
  }
}
