package nl.klantpunten.core.webhook;

import java.util.Locale;
import java.util.Optional;

/** The shop platforms whose own order webhooks the product accepts, each signed with a secret the admin sets. */
public enum Platform {
  WOOCOMMERCE,
  SHOPIFY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Platform> fromWire(String value) {
    for (Platform p : values()) {
      if (p.wireName().equals(value)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
