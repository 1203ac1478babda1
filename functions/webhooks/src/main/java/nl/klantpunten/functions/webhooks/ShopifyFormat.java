package nl.klantpunten.functions.webhooks;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderCustomer;
import nl.klantpunten.core.earning.OrderLine;
import nl.klantpunten.core.earning.OrderRef;
import nl.klantpunten.core.earning.OrderRefund;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;

/**
 * Shopify's order and refund webhook bodies (the REST Order and Refund resources). Amounts are read in the shop's
 * currency: each amount's {@code <field>_set.shop_money} where the payload has it (an order paid in another,
 * presentment currency still carries the shop-money amounts), else the plain field; the currency is
 * {@code total_price_set.shop_money.currency_code}, else {@code currency}. Ids exceed 2^53 and are kept exact.
 *
 * <ul>
 *   <li>A line's amount before tax is {@code price × quantity − discount}, where the discount is the larger of
 *       {@code total_discount} and the sum of {@code discount_allocations} (older payloads fill only the first);
 *       its tax is the sum of its {@code tax_lines}. With {@code taxes_included} prices include tax, which is then
 *       taken out. Shipping is the sum of {@code shipping_lines} (discounted price where given), likewise.
 *   <li>Status: cancelled ({@code cancelled_at} set, or financial status voided) → cancelled; financial status
 *       refunded → refunded; paid or partially refunded → paid, or completed when fulfilled; anything else
 *       (pending, authorized, partially paid) → created.
 *   <li>{@code "test": true} marks a test order; a line with {@code "gift_card": true} sells a gift card.
 *   <li>A refund's amount is what its lines gave back (subtotal and tax, shop money) plus refunded shipping; a
 *       refund without lines (an amount-only refund) counts its successful refund transactions.
 * </ul>
 */
final class ShopifyFormat {
  private ShopifyFormat() {}

  static boolean isRefund(Map<String, Object> body) {
    return body.containsKey("order_id") && (body.containsKey("refund_line_items") || body.containsKey("transactions"));
  }

  static Order parseOrder(Map<String, Object> body) {
    Payload o = Payload.of(body);
    OrderRef ref = OrderRef.of(OrderRef.SHOPIFY, "id", o.id("id"));
    Currency currency = shopCurrency(o);
    boolean taxesIncluded = o.bool("taxes_included", false);
    List<OrderLine> lines = new ArrayList<>();
    List<Payload> applications = o.objects("discount_applications");
    for (Payload line : o.objects("line_items")) {
      long quantity = WooCommerceFormat.quantity(line);
      Money gross = times(shopMoney(line, "price", currency), quantity, line);
      Money discount = max(shopMoney(line, "total_discount", currency), sum(line.objects("discount_allocations"),
          "amount", currency));
      Money tax = sum(line.objects("tax_lines"), "price", currency);
      Money total = gross.minus(discount);
      if (taxesIncluded) {
        total = total.minus(tax);
      }
      String product = line.id("product_id");
      lines.add(new OrderLine(product == null ? null : WooCommerceFormat.productId(line, product), quantity,
          WooCommerceFormat.nonNegative(line, "price", total), tax, discountedByOthers(line, applications, currency),
          line.bool("gift_card", false)));
    }
    Money shipping = Money.zero(currency);
    Money shippingTax = Money.zero(currency);
    for (Payload line : o.objects("shipping_lines")) {
      Money price = line.has("discounted_price") || line.has("discounted_price_set")
          ? shopMoney(line, "discounted_price", currency) : shopMoney(line, "price", currency);
      Money tax = sum(line.objects("tax_lines"), "price", currency);
      shipping = shipping.plus(taxesIncluded ? price.minus(tax) : price);
      shippingTax = shippingTax.plus(tax);
    }
    List<OrderRefund> refunds = new ArrayList<>();
    for (Payload refund : o.objects("refunds")) {
      refunds.add(refund(refund, currency));
    }
    return new Order(ref, status(o), currency, customer(o), lines,
        WooCommerceFormat.nonNegative(o, "shipping_lines", shipping), shippingTax,
        shopMoney(o, "total_price", currency),
        refunds, WooCommerceFormat.redemptionRef(o.objects("note_attributes"), "name", "value"),
        o.bool("test", false));
  }

  /** A refunds/create body: the order it belongs to and the refund. */
  static Refunded parseRefund(Map<String, Object> body, Currency currency) {
    Payload r = Payload.of(body);
    OrderRef ref = OrderRef.of(OrderRef.SHOPIFY, "order_id", r.id("order_id"));
    return new Refunded(ref, refund(r, currency));
  }

  record Refunded(OrderRef order, OrderRefund refund) {}

  private static OrderRefund refund(Payload r, Currency currency) {
    Money amount = Money.zero(currency);
    for (Payload line : r.objects("refund_line_items")) {
      amount = amount.plus(shopMoney(line, "subtotal", currency)).plus(shopMoney(line, "total_tax", currency));
    }
    for (Payload shipping : r.objects("refund_shipping_lines")) {
      Payload set = shipping.object("subtotal_amount_set");
      amount = amount.plus(set == null ? shipping.money("subtotal_amount", currency) : shop(set, currency));
    }
    if (amount.minorUnits() == 0) {
      for (Payload t : r.objects("transactions")) {
        String kind = t.text("kind");
        String status = t.text("status");
        String paid = t.text("currency");
        boolean shopCurrency = paid == null || paid.equalsIgnoreCase(currency.getCurrencyCode());
        if ("refund".equals(kind) && (status == null || "success".equals(status)) && shopCurrency) {
          amount = amount.plus(t.money("amount", currency));
        }
      }
    }
    return OrderRefund.of(r.pathOf("id"), r.id("id"), new Money(Math.abs(amount.minorUnits()), currency));
  }

  /**
   * The shop's currency: {@code total_price_set.shop_money.currency_code} where the payload has money sets, else
   * {@code currency}. Orders paid in another (presentment) currency earn on their shop-money amounts.
   */
  static Currency shopCurrency(Payload o) {
    Payload set = o.object("total_price_set");
    Payload shop = set == null ? null : set.object("shop_money");
    if (shop != null && shop.has("currency_code")) {
      String code = shop.text("currency_code");
      try {
        return Currency.getInstance(code.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of(shop.pathOf("currency_code"), "iso4217", "must be an ISO 4217 currency code");
      }
    }
    return WooCommerceFormat.currency(o);
  }

  /** {@code <field>_set.shop_money.amount} where present, else the plain {@code <field>}. */
  private static Money shopMoney(Payload p, String field, Currency currency) {
    Payload set = p.object(field + "_set");
    return set == null ? p.money(field, currency) : shop(set, currency);
  }

  private static Money shop(Payload set, Currency currency) {
    Payload shop = set.object("shop_money");
    return shop == null ? Money.zero(currency) : shop.money("amount", currency);
  }

  static OrderStatus status(Payload o) {
    if (o.has("cancelled_at")) {
      return OrderStatus.CANCELLED;
    }
    String financial = o.text("financial_status");
    financial = financial == null ? "" : financial.toLowerCase(Locale.ROOT);
    String fulfillment = o.text("fulfillment_status");
    return switch (financial) {
      case "voided" -> OrderStatus.CANCELLED;
      case "refunded" -> OrderStatus.REFUNDED;
      case "paid", "partially_refunded" ->
          "fulfilled".equals(fulfillment) ? OrderStatus.COMPLETED : OrderStatus.PAID;
      default -> OrderStatus.CREATED;
    };
  }

  private static OrderCustomer customer(Payload o) {
    Payload customer = o.object("customer");
    String id = customer == null ? null : customer.id("id");
    String email = customer == null ? null : customer.text("email");
    if (email == null || email.isBlank()) {
      email = o.text("email") != null ? o.text("email") : o.text("contact_email");
    }
    String name = customer == null ? "" : WooCommerceFormat.join(customer.text("first_name"),
        customer.text("last_name"));
    Payload billing = o.object("billing_address");
    if (name.isBlank() && billing != null) {
      name = WooCommerceFormat.join(billing.text("first_name"), billing.text("last_name"));
    }
    return id == null ? OrderCustomer.guest(email, name) : new OrderCustomer(new CustomerId(id), email, name);
  }

  /**
   * Whether a discount other than the program's points discount (a discount code {@code klantpunten…}) took
   * something off the line: one of its {@code discount_allocations} belongs to another discount application. An
   * older payload with only {@code total_discount} cannot tell which discount it was and counts as discounted.
   */
  private static boolean discountedByOthers(Payload line, List<Payload> applications, Currency currency) {
    List<Payload> allocations = line.objects("discount_allocations");
    if (allocations.isEmpty()) {
      return line.money("total_discount", currency).minorUnits() > 0;
    }
    for (Payload allocation : allocations) {
      long index = allocation.whole("discount_application_index", -1);
      Payload application = index >= 0 && index < applications.size() ? applications.get((int) index) : null;
      boolean points = application != null && (WooCommerceFormat.isPointsCoupon(application.text("code"))
          || WooCommerceFormat.isPointsCoupon(application.text("title")));
      if (!points && allocation.money("amount", currency).minorUnits() > 0) {
        return true;
      }
    }
    return false;
  }

  private static Money sum(List<Payload> items, String field, Currency currency) {
    Money total = Money.zero(currency);
    for (Payload item : items) {
      total = total.plus(shopMoney(item, field, currency));
    }
    return total;
  }

  private static Money max(Money a, Money b) {
    return a.minorUnits() >= b.minorUnits() ? a : b;
  }

  private static Money times(Money price, long quantity, Payload line) {
    try {
      return new Money(Math.multiplyExact(price.minorUnits(), quantity), price.currency());
    } catch (ArithmeticException e) {
      throw ValidationException.of(line.pathOf("price"), "range", "price × quantity is out of range");
    }
  }
}
