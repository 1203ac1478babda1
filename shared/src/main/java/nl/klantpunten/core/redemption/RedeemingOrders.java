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

  public Result apply(ProgramConfig config, Order order, String actor) {
    if (order.redemptionRef() == null) {
      return new Result(earning.apply(config, order, actor), null);
    }
    OrderRedemption.Outcome redemption = redemptions.onOrder(config, order.redemptionRef(), order.customer().id(),
        order.status(), actor);
    return new Result(earning.apply(config, order, actor, redemption.discount()), redemption);
  }
}
