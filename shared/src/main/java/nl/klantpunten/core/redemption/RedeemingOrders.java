package nl.klantpunten.core.redemption;

import java.util.List;
import java.util.Optional;
import nl.klantpunten.core.earning.EarnFromOrder;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderOutcome;
import nl.klantpunten.core.earning.OrderRef;
import nl.klantpunten.core.earning.OrderRefund;
import nl.klantpunten.core.earning.OrderStatus;
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
  private final OrderRedemptionRefs refs;

  public RedeemingOrders(EarnFromOrder earning, OrderRedemption redemptions, OrderRedemptionRefs refs) {
    this.earning = earning;
    this.redemptions = redemptions;
    this.refs = refs;
  }

  /** What the event did: to the order's points, and to its redemption (null when the order names none). */
  public record Result(OrderOutcome earning, OrderRedemption.Outcome redemption) {}

  /**
   * Refunds that arrive on their own (Shopify's refunds/create): they take back their share of the earned points
   * and, once the refunds cover the whole order, return the points its redemption spent, exactly as a refunded order
   * status does (the move is guarded by the redemption's status, so either topic returns them once).
   */
  public Result applyRefunds(ProgramConfig config, OrderRef ref, List<OrderRefund> refunds, String actor) {
    OrderOutcome outcome = earning.applyRefunds(config, ref, refunds, actor);
    if (!earning.fullyRefunded(config, ref)) {
      return new Result(outcome, null);
    }
    Optional<OrderRedemptionRefs.Link> link = refs.find(config.program().id(), ref.key());
    if (link.isEmpty()) {
      return new Result(outcome, null);
    }
    return new Result(outcome, redemptions.onOrder(config, link.get().orderRef(), link.get().customer(),
        OrderStatus.REFUNDED, actor));
  }

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
    refs.remember(config.program().id(), order.ref().key(), order.redemptionRef(), order.customer().id());
    OrderRedemption.Outcome redemption = redemptions.onOrder(config, order.redemptionRef(), order.customer().id(),
        order.status(), actor);
    OrderOutcome outcome = discountInLines ? earning.apply(config, order, actor)
        : earning.apply(config, order, actor, redemption.discount());
    return new Result(outcome, redemption);
  }
}
