package nl.klantpunten.core.settings;

import nl.klantpunten.core.earning.OrderStatus;

/**
 * How a program's customers earn points: whether earning is on, the ratio for order amounts (and for a vendor's
 * sales), the order status that earns, which parts of an order count, what a refund does when the points are
 * already spent, and the fixed points for customer actions.
 *
 * <p>Defaults (a program that never saved settings): on, 1 point per whole currency unit, earns when paid, tax and
 * shipping do not count, discounted lines do, refunds clamp the balance at zero, customer actions earn nothing.
 * {@code testOrders}: a platform's test orders (Shopify {@code "test": true}) earn, for a staging shop; off by
 * default. {@code giftCards}: lines that sell a gift card earn; off by default, because the same money earns again
 * when the card is spent.
 */
public record EarningSettings(
    boolean enabled,
    EarningRatio ratio,
    OrderStatus earnOn,
    boolean includeTax,
    boolean includeShipping,
    boolean includeDiscountedLines,
    NegativeBalancePolicy negativeBalance,
    ActionPoints actions,
    boolean testOrders,
    boolean giftCards) {

  public static final EarningSettings DEFAULT = new EarningSettings(true, EarningRatio.DEFAULT, OrderStatus.PAID,
      false, false, true, NegativeBalancePolicy.CLAMP, ActionPoints.DEFAULT, false, false);

  /** Settings where platform test orders and gift-card lines earn nothing (the defaults for both). */
  public EarningSettings(boolean enabled, EarningRatio ratio, OrderStatus earnOn, boolean includeTax,
      boolean includeShipping, boolean includeDiscountedLines, NegativeBalancePolicy negativeBalance,
      ActionPoints actions) {
    this(enabled, ratio, earnOn, includeTax, includeShipping, includeDiscountedLines, negativeBalance, actions, false,
        false);
  }
}
