package nl.klantpunten.core.settings;

import java.util.List;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeMeasure;

/**
 * Settings part {@code badges} (issue 5): what badge ranges are compared with, the intro text a webshop shows above
 * the customer's "My points" summary, and the checkout discounts badges give. Defaults: the balance, no intro text,
 * no discounts.
 */
public record BadgeSettings(BadgeMeasure measure, String introText, List<BadgeDiscount> discounts) {
  public static final int MAX_INTRO_TEXT = 2_000;
  public static final int MAX_DISCOUNTS = 20;
  public static final BadgeSettings DEFAULT = new BadgeSettings(BadgeMeasure.BALANCE, null, List.of());

  public BadgeSettings {
    discounts = List.copyOf(discounts);
  }
}
