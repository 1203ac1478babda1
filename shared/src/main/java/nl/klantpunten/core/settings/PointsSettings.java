package nl.klantpunten.core.settings;

/**
 * Settings part {@code points}: the program's master switch. Off pauses every way points are earned or spent
 * (orders, customer actions, sales, gifts, automation, welcome points, quotes, reservations, reward claims) while
 * balances stay readable and an admin can still correct them. Default: on.
 */
public record PointsSettings(boolean enabled) {
  public static final PointsSettings DEFAULT = new PointsSettings(true);
}
