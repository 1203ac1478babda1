package nl.klantpunten.core.settings;

import java.util.Locale;

/** Whether every review a customer writes earns the review points, or only their first one. */
public enum ReviewMode {
  EACH,
  ONCE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
