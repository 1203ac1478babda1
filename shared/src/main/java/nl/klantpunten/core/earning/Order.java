package nl.klantpunten.core.earning;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import nl.klantpunten.core.money.Money;

/**
 * An order as every source (the product's own JSON, WooCommerce, Shopify) is translated to: the facts earning
 * needs and nothing else. Every amount is in {@code currency}. {@code total} is what the customer pays (after
 * discounts, with tax and shipping): refunds, which platforms report as money given back, are measured against
 * it. {@code refunds} lists every refund the source reports for the order so far; each is applied once.
 * {@code redemptionRef} is the order reference under which the checkout reserved points (null: none); the points
 * discount is not in the lines' totals (see docs/redemption.md). {@code testOrder}: the platform marks it as a
 * test (Shopify's {@code "test": true}); it earns only when the program allows test orders.
 */
public record Order(
    OrderRef ref,
    OrderStatus status,
    Currency currency,
    OrderCustomer customer,
    List<OrderLine> lines,
    Money shipping,
    Money shippingTax,
    Money total,
    List<OrderRefund> refunds,
    String redemptionRef,
    boolean testOrder) {

  /** A real (not test) order. */
  public Order(OrderRef ref, OrderStatus status, Currency currency, OrderCustomer customer, List<OrderLine> lines,
      Money shipping, Money shippingTax, Money total, List<OrderRefund> refunds, String redemptionRef) {
    this(ref, status, currency, customer, lines, shipping, shippingTax, total, refunds, redemptionRef, false);
  }

  /** An order without a points redemption. */
  public Order(OrderRef ref, OrderStatus status, Currency currency, OrderCustomer customer, List<OrderLine> lines,
      Money shipping, Money shippingTax, Money total, List<OrderRefund> refunds) {
    this(ref, status, currency, customer, lines, shipping, shippingTax, total, refunds, null);
  }

  public Order {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(customer, "customer");
    lines = List.copyOf(lines);
    refunds = List.copyOf(refunds);
    for (Money m : List.of(shipping, shippingTax, total)) {
      if (!m.currency().equals(currency)) {
        throw new IllegalArgumentException("every amount of an order is in its currency");
      }
    }
  }
}
