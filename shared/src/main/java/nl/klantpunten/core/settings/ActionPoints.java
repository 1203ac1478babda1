package nl.klantpunten.core.settings;

/**
 * Fixed points for what a customer does outside an order. Zero switches an action off. Registration and newsletter
 * sign-up earn once per customer; reviews earn per review or once per customer, as {@code reviewMode} says.
 */
public record ActionPoints(long registration, long newsletterSignup, long review, ReviewMode reviewMode) {
  public static final long MAX_POINTS = 1_000_000;
  public static final ActionPoints DEFAULT = new ActionPoints(0, 0, 0, ReviewMode.EACH);
}
