package nl.klantpunten.core.ledger;

import java.util.regex.Pattern;
import nl.klantpunten.core.error.ValidationException;

/**
 * Makes a write happen at most once. {@code scope} separates unrelated sources (an API client's header, an order
 * webhook, a gift run) so their keys cannot collide; {@code fingerprint} identifies the request content so that
 * the same key reused for a different request is refused instead of silently answered with the first result.
 */
public record IdempotencyKey(String scope, String value, String fingerprint) {
  public static final int MAX_LENGTH = 255;
  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

  public IdempotencyKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ValidationException.of("Idempotency-Key", "format", "1-" + MAX_LENGTH + " visible ASCII characters");
    }
  }

  /** The key as a client sent it in the Idempotency-Key header. */
  public static IdempotencyKey fromHeader(String header, String fingerprint) {
    return header == null ? null : new IdempotencyKey("api", header, fingerprint);
  }

  public String storageKey() {
    return scope + ":" + value;
  }
}
