package nl.klantpunten.core.redemption;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.klantpunten.core.badge.BadgeDiscount;
import nl.klantpunten.core.badge.BadgeDiscounts;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeState;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.settings.ProgramConfig;
import nl.klantpunten.core.store.BadgeStateStore;

/**
 * The discount a held badge gives on a checkout cart, reported by the quote next to (not inside) the points
 * discount. A program without badge discount rules costs no read at all, so the quote stays at one read in the
 * common case; with rules, the customer's badge state is one more GetItem. A cart in another currency than the
 * program's gets no badge discount (the quote already says {@code CURRENCY_MISMATCH}).
 */
public final class QuoteBadgeDiscount {
  private final BadgeStateStore badgeStates;

  public QuoteBadgeDiscount(BadgeStateStore badgeStates) {
    this.badgeStates = badgeStates;
  }

  public Optional<BadgeDiscounts.Applied> quote(ProgramConfig config, CustomerId customer, Money cartAmount) {
    List<BadgeDiscount> rules = config.settings().badges().discounts();
    if (rules.isEmpty() || !cartAmount.currency().equals(config.currency())) {
      return Optional.empty();
    }
    Set<BadgeId> held = badgeStates.find(config.program().id(), customer).map(BadgeState::held).orElse(Set.of());
    return BadgeDiscounts.best(rules, held, cartAmount);
  }
}
