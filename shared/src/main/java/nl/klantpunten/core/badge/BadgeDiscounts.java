package nl.klantpunten.core.badge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.money.Money;

/**
 * The discount a customer's badges give on a cart (for the redemption quote, issue 4). Rules do not add up: of the
 * rules whose badges the customer holds (any one of the listed badges suffices), the one giving the largest amount
 * applies; ties go to the earlier rule. A percentage is rounded DOWN to the currency's minor unit (the shop never
 * gives more than promised); no discount exceeds the cart amount; an empty or negative cart gets none.
 */
public final class BadgeDiscounts {
  private BadgeDiscounts() {}

  /** The discount applied, the rule that gave it and the held badge that qualified. */
  public record Applied(Money amount, BadgeDiscount rule, BadgeId badge) {}

  public static Optional<Applied> best(List<BadgeDiscount> rules, Set<BadgeId> held, Money cart) {
    if (cart.minorUnits() <= 0) {
      return Optional.empty();
    }
    Applied best = null;
    for (BadgeDiscount rule : rules) {
      Optional<BadgeId> qualifying = firstHeld(rule.badgeIds(), held);
      if (qualifying.isEmpty()) {
        continue;
      }
      Money amount = amountOf(rule, cart);
      if (amount.minorUnits() > 0 && (best == null || amount.minorUnits() > best.amount().minorUnits())) {
        best = new Applied(amount, rule, qualifying.get());
      }
    }
    return Optional.ofNullable(best);
  }

  /** What one rule takes off {@code cart}: floor(cart × percent / 100), or the fixed amount, at most the cart. */
  public static Money amountOf(BadgeDiscount rule, Money cart) {
    long minor;
    if (rule.percent() != null) {
      minor = Math.multiplyExact(cart.minorUnits(), (long) rule.percent()) / 100;
    } else {
      if (!rule.fixedAmount().currency().equals(cart.currency())) {
        throw new IllegalArgumentException("discount in " + rule.fixedAmount().currency() + ", cart in "
            + cart.currency());
      }
      minor = rule.fixedAmount().minorUnits();
    }
    return new Money(Math.max(0, Math.min(minor, cart.minorUnits())), cart.currency());
  }

  private static Optional<BadgeId> firstHeld(Collection<BadgeId> badges, Set<BadgeId> held) {
    return badges.stream().filter(held::contains).sorted((a, b) -> a.value().compareTo(b.value())).findFirst();
  }
}
