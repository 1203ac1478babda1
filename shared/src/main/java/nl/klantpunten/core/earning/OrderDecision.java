package nl.klantpunten.core.earning;

import java.math.BigInteger;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.klantpunten.core.settings.EarningSettings;
import nl.klantpunten.core.settings.PointsSwitch;

/**
 * What to do with an order event, given what was done with the order before. Pure: the store writes what is
 * decided here, each step in one transaction guarded by the order's stored state, so that a redelivered or
 * out-of-date event decides "unchanged".
 */
public sealed interface OrderDecision {

  /** The order has not reached the status that earns yet; nothing is written. */
  record Wait(OrderStatus earnOn) implements OrderDecision {}

  /** Remember the order as settled without points: SKIPPED or CLOSED, with the reason. */
  record Settle(OrderState.Status status, String reason) implements OrderDecision {}

  /** Earn the order's points now. */
  record Earn() implements OrderDecision {}

  /**
   * Take back {@code points} (maybe 0: refunds too small to cost a point are still recorded), apply the refunds
   * {@code refundIds}, whose sum with the earlier ones is {@code refundedMinor}; {@code closes} when the order's
   * points are all taken back afterwards.
   */
  record Reverse(long points, Set<String> refundIds, long refundedMinor, boolean closes, String why)
      implements OrderDecision {}

  /** Nothing to do; {@code reason} says why (ALREADY_EARNED, ALREADY_REVERSED, …). */
  record Unchanged(String reason) implements OrderDecision {}

  static OrderDecision decide(Order order, EarningSettings settings, Currency programCurrency, OrderState state) {
    return decide(order, settings, programCurrency, state, true);
  }

  /**
   * As {@link #decide(Order, EarningSettings, Currency, OrderState)}, with the program's master switch: while
   * {@code pointsEnabled} is false a new order is remembered as SKIPPED with reason POINTS_DISABLED (the platform
   * still gets its 2xx). An order that earned before the pause still gives back points for refunds and
   * cancellations: that corrects points already given, it earns nothing.
   */
  static OrderDecision decide(Order order, EarningSettings settings, Currency programCurrency, OrderState state,
      boolean pointsEnabled) {
    if (state == null) {
      return first(order, settings, programCurrency, pointsEnabled);
    }
    String closing = order.status() == OrderStatus.CANCELLED ? "cancelled"
        : order.status() == OrderStatus.REFUNDED ? "refunded" : null;
    return afterFirst(state, closing, order.refunds());
  }

  private static OrderDecision first(Order order, EarningSettings settings, Currency programCurrency,
      boolean pointsEnabled) {
    if (order.customer().isGuest()) {
      // recorded, so the admin can see why it earned nothing (GET /v1/orders?status=skipped)
      return new Settle(OrderState.Status.SKIPPED, "GUEST_ORDER");
    }
    if (!pointsEnabled) {
      return new Settle(OrderState.Status.SKIPPED, PointsSwitch.POINTS_DISABLED);
    }
    if (!settings.enabled()) {
      return new Settle(OrderState.Status.SKIPPED, "EARNING_DISABLED");
    }
    if (order.testOrder() && !settings.testOrders()) {
      return new Settle(OrderState.Status.SKIPPED, "TEST_ORDER");
    }
    if (!order.currency().equals(programCurrency)) {
      return new Settle(OrderState.Status.SKIPPED, "CURRENCY_MISMATCH");
    }
    if (order.status().isClosing()) {
      return new Settle(OrderState.Status.CLOSED, order.status() == OrderStatus.CANCELLED ? "CANCELLED" : "REFUNDED");
    }
    if (!order.status().hasReached(settings.earnOn())) {
      return new Wait(settings.earnOn());
    }
    return new Earn();
  }

  /**
   * What an order already settled needs: nothing, unless it earned and refunds not applied yet arrive or it closes
   * ({@code closing}: "cancelled"/"refunded", null when the order is not closing).
   */
  static OrderDecision afterFirst(OrderState state, String closing, List<OrderRefund> refunds) {
    switch (state.status()) {
      case SKIPPED:
        return new Unchanged("SKIPPED_BEFORE:" + state.reason());
      case CLOSED:
        return new Unchanged("CLOSED_BEFORE_EARNING");
      case REVERSED:
        return new Unchanged("ALREADY_REVERSED");
      default:
        break;
    }
    Set<String> fresh = new LinkedHashSet<>();
    long freshMinor = 0;
    for (OrderRefund refund : refunds) {
      if (!state.refundIds().contains(refund.id()) && fresh.add(refund.id())) {
        freshMinor = Math.addExact(freshMinor, refund.amount().minorUnits());
      }
    }
    long refunded = Math.addExact(state.refundedMinor(), freshMinor);
    if (closing != null) {
      return new Reverse(state.remainingPoints(), fresh, refunded, true, closing);
    }
    if (fresh.isEmpty()) {
      return new Unchanged("ALREADY_EARNED");
    }
    long target = share(state.earnedPoints(), refunded, state.totalMinor() > 0 ? state.totalMinor()
        : state.eligibleMinor());
    long points = Math.max(0, target - state.reversedPoints());
    return new Reverse(points, fresh, refunded, target >= state.earnedPoints(), "partially refunded");
  }

  /**
   * The points all refunds so far take back: {@code floor(earned × refunded / base)}, never more than earned. The
   * base is the order's total, because platforms report a refund as the money given back, tax and shipping
   * included; measuring it against the eligible amount would take back too much when tax or shipping do not
   * earn (a refund of the goods plus their tax would exceed the goods' share). Computed on the running total of
   * refunds, so two refunds of half the order take back every point despite flooring.
   */
  static long share(long earned, long refundedMinor, long base) {
    if (base <= 0 || refundedMinor >= base) {
      return earned;
    }
    return BigInteger.valueOf(earned).multiply(BigInteger.valueOf(refundedMinor))
        .divide(BigInteger.valueOf(base)).longValue();
  }
}
