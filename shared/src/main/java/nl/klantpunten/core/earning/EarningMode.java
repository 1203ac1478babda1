package nl.klantpunten.core.earning;

import java.util.Locale;

/** How a product with its own earning rule earns: fixed points per unit, or a percentage of the line total. */
public enum EarningMode {
  FIXED,
  PERCENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
