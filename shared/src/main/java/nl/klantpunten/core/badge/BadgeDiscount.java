package nl.klantpunten.core.badge;

import java.util.Objects;
import java.util.Set;
import nl.klantpunten.core.money.Money;

/**
 * A checkout discount for holders of any of {@code badgeIds}: either {@code percent} (1-100) of the cart or a
 * {@code fixedAmount} in the program's currency, never both (settings {@code badges.discounts}).
 */
public record BadgeDiscount(Set<BadgeId> badgeIds, Integer percent, Money fixedAmount) {

  public BadgeDiscount {
    badgeIds = Set.copyOf(badgeIds);
    if (badgeIds.isEmpty()) {
      throw new IllegalArgumentException("a discount names at least one badge");
    }
    if ((percent == null) == (fixedAmount == null)) {
      throw new IllegalArgumentException("a discount is a percent or a fixed amount");
    }
    if (percent != null && (percent < 1 || percent > 100)) {
      throw new IllegalArgumentException("percent 1-100");
    }
    if (fixedAmount != null && fixedAmount.minorUnits() <= 0) {
      throw new IllegalArgumentException("a fixed amount is more than zero");
    }
  }

  public static BadgeDiscount percent(Set<BadgeId> badgeIds, int percent) {
    return new BadgeDiscount(badgeIds, percent, null);
  }

  public static BadgeDiscount fixed(Set<BadgeId> badgeIds, Money amount) {
    return new BadgeDiscount(badgeIds, null, Objects.requireNonNull(amount));
  }
}
