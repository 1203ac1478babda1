package nl.klantpunten.functions.webhooks;

import java.math.BigInteger;
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
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.OrderRefs;

/**
 * WooCommerce's order webhook body. For API versions wp_api_v1..v3 it is the REST order resource ({@code GET
 * /wp-json/wc/v3/orders/<id>}): money as decimal strings ({@code total}, {@code shipping_total}, each line's
 * {@code total} after coupons and before tax, {@code subtotal} before coupons), {@code customer_id} 0 for a guest,
 * {@code refunds: [{id, total: "-10.00"}]}. The deprecated legacy API wraps the order as {@code {"order": {…}}} with
 * other names ({@code total_shipping}, {@code customer}, {@code billing_address}); both are read.
 *
 * <p>Status: pending, on-hold, failed, checkout-draft → created; processing → paid; completed → completed;
 * cancelled, trash → cancelled; refunded → refunded; statuses added by plugins count as created. Fee lines do not
 * earn. A line is discounted when a coupon other than the program's points coupon (code {@code klantpunten…}) took
 * something off it (see {@link #discountedByOthers}). A line sells a gift card when it says so
 * ({@link #isGiftCard}).
 */
final class WooCommerceFormat {
  private WooCommerceFormat() {}

  /** True when the body is an order (a deleted order's body is only {@code {"id": …}}). */
  static boolean isOrder(Map<String, Object> body) {
    Payload p = unwrap(body);
    return p.has("status") && p.has("currency");
  }

  static Order parse(Map<String, Object> body) {
    Payload o = unwrap(body);
    boolean legacy = body.containsKey("order");
    OrderRef ref = OrderRef.of(OrderRef.WOOCOMMERCE, o.pathOf("id"), o.id("id"));
    Currency currency = currency(o);
    List<OrderLine> lines = new ArrayList<>();
    List<Payload> items = o.objects("line_items");
    long subtotals = 0;
    for (Payload line : items) {
      subtotals = Math.addExact(subtotals, subtotal(line, currency).minorUnits());
    }
    long pointsCoupon = pointsCouponMinor(o.objects("coupon_lines"), currency);
    for (Payload line : items) {
      Money total = line.money("total", currency);
      Money subtotal = subtotal(line, currency);
      String product = line.id("product_id");
      lines.add(new OrderLine(product == null || product.equals("0") ? null : productId(line, product),
          quantity(line), nonNegative(line, "total", total), nonNegative(line, "total_tax",
              line.money("total_tax", currency)), discountedByOthers(subtotal, total, pointsCoupon, subtotals),
          isGiftCard(line)));
    }
    Money shipping = o.money(legacy ? "total_shipping" : "shipping_total", currency);
    Money shippingTax = o.money("shipping_tax", currency);
    List<OrderRefund> refunds = new ArrayList<>();
    for (Payload refund : o.objects("refunds")) {
      Money amount = refund.money("total", currency);
      refunds.add(OrderRefund.of(refund.pathOf("id"), refund.id("id"),
          new Money(Math.abs(amount.minorUnits()), currency)));
    }
    return new Order(ref, status(o), currency, customer(o, legacy), lines, nonNegative(o, legacy ? "total_shipping" : "shipping_total", shipping),
        nonNegative(o, "shipping_tax", shippingTax), o.money("total", currency), refunds,
        redemptionRef(o.objects("meta_data"), "key", "value"));
  }

  /**
   * The orderRef under which the checkout reserved points, when the shop stored it on the order: a meta entry (or
   * Shopify note attribute) named {@code klantpunten_order_ref} (WooCommerce also {@code _klantpunten_order_ref},
   * its hidden form). Null when there is none.
   */
  static String redemptionRef(List<Payload> entries, String nameField, String valueField) {
    for (Payload entry : entries) {
      String name = entry.text(nameField);
      if (REDEMPTION_REF.equals(name) || ("_" + REDEMPTION_REF).equals(name)) {
        String value = entry.text(valueField);
        if (!OrderRefs.isValid(value)) {
          throw ValidationException.of(entry.pathOf(valueField), "format",
              "the order reference: 1-" + OrderRefs.MAX_LENGTH + " characters, letters, digits and . _ @ + : = -");
        }
        return value;
      }
    }
    return null;
  }

  static final String REDEMPTION_REF = "klantpunten_order_ref";

  /** The code of the coupon (WooCommerce) or discount code (Shopify) by which a shop applies the points discount. */
  static final String POINTS_COUPON_PREFIX = "klantpunten";

  static boolean isPointsCoupon(String code) {
    return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith(POINTS_COUPON_PREFIX);
  }

  private static Money subtotal(Payload line, Currency currency) {
    return line.has("subtotal") ? line.money("subtotal", currency) : line.money("total", currency);
  }

  /** What the program's own points coupons took off the order (0 when the order has none). */
  private static long pointsCouponMinor(List<Payload> coupons, Currency currency) {
    long sum = 0;
    for (Payload coupon : coupons) {
      if (isPointsCoupon(coupon.text("code"))) {
        sum = Math.addExact(sum, Math.abs(coupon.money("discount", currency).minorUnits()));
      }
    }
    return sum;
  }

  /**
   * Whether a coupon other than the program's points coupon took something off the line. WooCommerce reports only a
   * line's discount of all coupons together ({@code subtotal − total}); a cart coupon such as the points discount is
   * spread over the lines in proportion to their subtotals, so the line's share of it is taken out first. Up to one
   * minor unit is WooCommerce's rounding of that spread.
   */
  private static boolean discountedByOthers(Money subtotal, Money total, long pointsCoupon, long subtotals) {
    long discount = subtotal.minorUnits() - total.minorUnits();
    if (discount <= 0) {
      return false;
    }
    long share = subtotals <= 0 ? 0 : BigInteger.valueOf(pointsCoupon).multiply(BigInteger.valueOf(
        subtotal.minorUnits())).divide(BigInteger.valueOf(subtotals)).longValue();
    return discount - share > 1;
  }

  /**
   * A line that sells a gift card says so: {@code "gift_card": true} on the line, or a meta entry {@code gift_card}
   * / {@code _gift_card} with a true value ({@code yes}, {@code true}, {@code 1}), as gift-card plugins store it.
   */
  static boolean isGiftCard(Payload line) {
    if (line.bool("gift_card", false)) {
      return true;
    }
    for (Payload meta : line.objects("meta_data")) {
      String key = meta.text("key");
      if ("gift_card".equals(key) || "_gift_card".equals(key)) {
        Object value = meta.raw("value");
        String text = value instanceof Boolean || value instanceof Number || value instanceof String
            ? String.valueOf(value).strip().toLowerCase(Locale.ROOT) : "";
        if (text.equals("yes") || text.equals("true") || text.equals("1")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Payload unwrap(Map<String, Object> body) {
    Payload p = Payload.of(body);
    return body.containsKey("order") && !body.containsKey("status") ? p.object("order") : p;
  }

  static Currency currency(Payload o) {
    String code = o.text("currency");
    try {
      return Currency.getInstance(code == null ? "" : code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(o.pathOf("currency"), "iso4217", "must be an ISO 4217 currency code");
    }
  }

  static OrderStatus status(Payload o) {
    String status = o.text("status");
    if (status == null) {
      throw ValidationException.of(o.pathOf("status"), "required", "the order's status is required");
    }
    return switch (status.toLowerCase(Locale.ROOT)) {
      case "processing" -> OrderStatus.PAID;
      case "completed" -> OrderStatus.COMPLETED;
      case "cancelled", "trash" -> OrderStatus.CANCELLED;
      case "refunded" -> OrderStatus.REFUNDED;
      default -> OrderStatus.CREATED; // pending, on-hold, failed, checkout-draft and plugins' own statuses
    };
  }

  private static OrderCustomer customer(Payload o, boolean legacy) {
    String id = o.id("customer_id");
    Payload billing = o.object(legacy ? "billing_address" : "billing");
    Payload legacyCustomer = legacy ? o.object("customer") : null;
    String email = billing == null ? null : billing.text("email");
    if ((email == null || email.isBlank()) && legacyCustomer != null) {
      email = legacyCustomer.text("email");
    }
    String name = billing == null ? "" : join(billing.text("first_name"), billing.text("last_name"));
    if (name.isBlank() && legacyCustomer != null) {
      name = join(legacyCustomer.text("first_name"), legacyCustomer.text("last_name"));
    }
    if (id == null || id.equals("0") || id.isBlank()) {
      return OrderCustomer.guest(email, name);
    }
    return new OrderCustomer(new CustomerId(id), email, name);
  }

  static String join(String first, String last) {
    return ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
  }

  static ProductId productId(Payload line, String value) {
    if (!ProductId.isValid(value)) {
      throw ValidationException.of(line.pathOf("product_id"), "format", "not a usable product id");
    }
    return new ProductId(value);
  }

  static long quantity(Payload line) {
    long quantity = line.whole("quantity", 0);
    if (quantity < 0) {
      throw ValidationException.of(line.pathOf("quantity"), "range", "must not be negative");
    }
    return quantity;
  }

  static Money nonNegative(Payload p, String field, Money amount) {
    if (amount.isNegative()) {
      throw ValidationException.of(p.pathOf(field), "range", "must not be negative");
    }
    return amount;
  }
}
