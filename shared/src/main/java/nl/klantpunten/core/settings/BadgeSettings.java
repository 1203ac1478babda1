package nl.klantpunten.core.settings;

import java.util.List;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeMeasure;

/**
 * Settings part {@code badges} (issue 5): what badge ranges are compared with, the intro text a webshop shows above
 * the customer's "My points" summary, and the checkout discounts badges give. Defaults: the balance, no intro text,
 * no discounts.
 *
 * <p>{@code display} off hides badges from everything a customer sees (the "My points" summary, shortcodes, badge
 * emails) while they are still evaluated, so turning it back on shows the right state at once. Default: on.
 */
public record BadgeSettings(BadgeMeasure measure, String introText, List<BadgeDiscount> discounts,
    boolean display) {
  public static final int MAX_INTRO_TEXT = 2_000;
  public static final int MAX_DISCOUNTS = 20;
  public static final BadgeSettings DEFAULT = new BadgeSettings(BadgeMeasure.BALANCE, null, List.of(),
      true);

  public BadgeSettings {
    discounts = List.copyOf(discounts);
  }
}
