package nl.klantpunten.core.ledger;

import java.util.Locale;
import nl.klantpunten.core.error.ValidationException;

/** Why a ledger entry was made. */
public enum Reason {
  ORDER,
  REFUND,
  REGISTRATION,
  NEWSLETTER,
  REVIEW,
  MANUAL,
  GIFT,
  AUTOMATION,
  REDEMPTION,
  REWARD,
  SALE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Reason fromWire(String field, String value) {
    try {
      return Reason.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(field, "enum", "unknown reason '" + value + "'");
    }
  }
}
