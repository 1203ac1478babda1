package nl.klantpunten.core.redemption;

import nl.klantpunten.core.earning.EarnFromOrder;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderOutcome;
import nl.klantpunten.core.settings.ProgramConfig;

/**
 * An order event of a shop that redeems points at checkout: first the redemption its {@code redemptionRef} reserved
 * moves (commit when paid, release or return when cancelled/refunded), then the order earns (or gives back) on
 * what the customer paid after the points discount. Both steps are guarded by stored state, so a redelivered event
 * changes nothing and cancel/refund events in any order move each thing once.
 */
public final class RedeemingOrders {
  private final EarnFromOrder earning;
  private final OrderRedemption redemptions;

  public RedeemingOrders(EarnFromOrder earning, OrderRedemption redemptions) {
    this.earning = earning;
    this.redemptions = redemptions;
  }

  /** What the event did: to the order's points, and to its redemption (null when the order names none). */
  public record Result(OrderOutcome earning, OrderRedemption.Outcome redemption) {}

  /** An order whose lines are BEFORE the points discount (the product's own JSON): it is taken off here. */
  public Result apply(ProgramConfig config, Order order, String actor) {
    return apply(config, order, actor, false);
  }

  /**
   * An order whose line totals are already AFTER the points discount (a platform order where the shop applied it as
   * a coupon): the redemption moves the same way, nothing more is taken off for earning.
   */
  public Result applyDiscountInLines(ProgramConfig config, Order order, String actor) {
    return apply(config, order, actor, true);
  }

  private Result apply(ProgramConfig config, Order order, String actor, boolean discountInLines) {
    if (order.redemptionRef() == null) {
      return new Result(earning.apply(config, order, actor), null);
    }
    OrderRedemption.Outcome redemption = redemptions.onOrder(config, order.redemptionRef(), order.customer().id(),
        order.status(), actor);
    OrderOutcome outcome = discountInLines ? earning.apply(config, order, actor)
        : earning.apply(config, order, actor, redemption.discount());
    return new Result(outcome, redemption);
  }
}
