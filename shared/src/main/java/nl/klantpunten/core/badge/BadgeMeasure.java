package nl.klantpunten.core.badge;

/**
 * What a program's badge ranges are compared with (setting {@code badges.measure}): the spendable balance (default:
 * spending can demote) or the points ever earned (spending never demotes).
 */
public enum BadgeMeasure {
  BALANCE("balance"),
  LIFETIME_EARNED("lifetimeEarned");

  private final String wire;

  BadgeMeasure(String wire) {
    this.wire = wire;
  }

  public String wireName() {
    return wire;
  }

  public static BadgeMeasure fromWire(String value) {
    for (BadgeMeasure m : values()) {
      if (m.wire.equals(value)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown measure " + value);
  }

  public long of(long balance, long lifetimeEarned) {
    return this == BALANCE ? balance : lifetimeEarned;
  }
}
