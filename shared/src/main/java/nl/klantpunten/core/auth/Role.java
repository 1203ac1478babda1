package nl.klantpunten.core.auth;

import java.util.Locale;

/** What an API key may do. */
public enum Role {
  ADMIN,
  WEBSHOP,
  VENDOR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWire(String value) {
    return Role.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
