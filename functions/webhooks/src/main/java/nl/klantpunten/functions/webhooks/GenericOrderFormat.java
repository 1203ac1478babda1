package nl.klantpunten.functions.webhooks;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.Order;
import nl.klantpunten.core.earning.OrderCustomer;
import nl.klantpunten.core.earning.OrderLine;
import nl.klantpunten.core.earning.OrderRef;
import nl.klantpunten.core.earning.OrderRefund;
import nl.klantpunten.core.earning.OrderStatus;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.OrderRefs;
import nl.klantpunten.core.settings.FieldReader;

/**
 * The product's own order JSON ({@code POST /v1/webhooks/orders}), read strictly: unknown fields, wrong types and
 * amounts with more decimals than the currency has are 400s naming the field (e.g. {@code lines[1].lineTotal}),
 * all reported at once. Amounts are decimal strings (or JSON numbers, read exactly).
 *
 * <pre>
 * {"orderId": "1001", "status": "created|paid|completed|cancelled|refunded", "currency": "EUR",
 *  "customer": {"id": "c-1", "email": "anna@example.com", "name": "Anna"},      // no id: a guest order
 *  "lines": [{"productId": "sku-1", "quantity": 2, "unitPrice": "10.00",
 *             "lineTotal": "18.00", "tax": "3.78", "discounted": true}],        // lineTotal: after discounts, before tax
 *  "totals": {"subtotal": "18.00", "shipping": "4.95", "shippingTax": "1.04", "tax": "4.82", "total": "27.77"},
 *  "refunds": [{"id": "r-1", "amount": "5.00"}],                               // every refund so far
 *  "orderRef": "checkout-77"}              // optional: the orderRef under which the checkout reserved points
 * </pre>
 *
 * With {@code orderRef} the points discount of that reservation is NOT part of the lines' totals: the order earns
 * on its lines minus that discount (docs/redemption.md).
 */
final class GenericOrderFormat {
  private static final Set<String> ORDER = Set.of("orderId", "status", "currency", "customer", "lines", "totals",
      "refunds", "orderRef");
  private static final Set<String> CUSTOMER = Set.of("id", "email", "name");
  private static final Set<String> LINE = Set.of("productId", "quantity", "unitPrice", "lineTotal", "tax",
      "discounted");
  private static final Set<String> TOTALS = Set.of("subtotal", "shipping", "shippingTax", "tax", "total");
  private static final Set<String> REFUND = Set.of("id", "amount");
  private static final int MAX_LINES = 1_000;

  private GenericOrderFormat() {}

  static Order parse(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(ORDER);
    String orderId = idText(body.get("orderId"));
    if (orderId == null && body.get("orderId") != null) {
      v.add("orderId", "type", "must be a string or a whole number");
    }
    String status = in.choice("status", "created", "paid", "completed", "cancelled", "refunded");
    required(in, "status");
    Currency currency = currency(in);
    OrderCustomer customer = customer(in.object("customer"));
    List<OrderLine> lines = currency == null ? List.of() : lines(body.get("lines"), currency, v);
    FieldReader totals = in.object("totals");
    required(in, "totals");
    Money shipping = null;
    Money shippingTax = null;
    Money total = null;
    if (totals != null && currency != null) {
      totals.only(TOTALS);
      amount(totals, "subtotal", currency, false);
      amount(totals, "tax", currency, false);
      shipping = amount(totals, "shipping", currency, false);
      shippingTax = amount(totals, "shippingTax", currency, false);
      total = amount(totals, "total", currency, true);
    }
    List<OrderRefund> refunds = currency == null ? List.of() : refunds(body.get("refunds"), currency, v);
    String redemptionRef = in.text("orderRef");
    if (redemptionRef != null && !OrderRefs.isValid(redemptionRef)) {
      v.add("orderRef", "format", "1-" + OrderRefs.MAX_LENGTH + " characters: letters, digits and . _ @ + : = -");
    }
    OrderRef ref = null;
    try {
      ref = OrderRef.of(OrderRef.API, "orderId", orderId);
    } catch (ValidationException e) {
      e.errors().forEach(f -> v.add(f.field(), f.rule(), f.message()));
    }
    v.throwIfAny();
    return new Order(ref, OrderStatus.fromWire("status", status), currency, customer, lines,
        shipping == null ? Money.zero(currency) : shipping, shippingTax == null ? Money.zero(currency) : shippingTax,
        total, refunds, redemptionRef);
  }

  private static String idText(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return value.toString();
    }
    return null;
  }

  private static void required(FieldReader in, String field) {
    if (!in.has(field)) {
      in.violations().add(in.pathOf(field), "required", field + " is required");
    }
  }

  private static Currency currency(FieldReader in) {
    String code = in.text("currency");
    if (code == null) {
      required(in, "currency");
      return null;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      in.violations().add("currency", "iso4217", "must be an ISO 4217 currency code such as EUR");
      return null;
    }
  }

  private static OrderCustomer customer(FieldReader c) {
    if (c == null) {
      return OrderCustomer.guest(null, null);
    }
    c.only(CUSTOMER);
    String id = idText(c.raw("id"));
    CustomerId customerId = null;
    if (id != null) {
      try {
        customerId = new CustomerId(id);
      } catch (ValidationException e) {
        c.violations().add(c.pathOf("id"), "format", e.errors().get(0).message());
      }
    } else if (c.has("id")) {
      c.violations().add(c.pathOf("id"), "type", "must be a string");
    }
    return new OrderCustomer(customerId, c.text("email"), c.text("name"));
  }

  private static List<OrderLine> lines(Object value, Currency currency, Violations v) {
    List<Map<String, Object>> items = objects("lines", value, v, true);
    if (items.size() > MAX_LINES) {
      v.add("lines", "maxItems", "at most " + MAX_LINES + " lines");
      return List.of();
    }
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      FieldReader line = new FieldReader(items.get(i), "lines[" + i + "]", v).only(LINE);
      String product = idText(line.raw("productId"));
      ProductId productId = null;
      if (product != null && ProductId.isValid(product)) {
        productId = new ProductId(product);
      } else if (line.has("productId")) {
        v.add(line.pathOf("productId"), "format", "1-128 characters: letters, digits and . _ @ + : = -");
      }
      Long quantity = line.whole("quantity");
      if (quantity == null && !line.has("quantity")) {
        v.add(line.pathOf("quantity"), "required", "quantity is required");
      } else if (quantity != null && (quantity < 1 || quantity > 1_000_000)) {
        v.add(line.pathOf("quantity"), "range", "a whole number from 1 to 1000000");
        quantity = null;
      }
      amount(line, "unitPrice", currency, false);
      Money total = amount(line, "lineTotal", currency, true);
      Money tax = amount(line, "tax", currency, false);
      Boolean discounted = line.bool("discounted");
      if (quantity != null && total != null) {
        lines.add(new OrderLine(productId, quantity, total, tax == null ? Money.zero(currency) : tax,
            Boolean.TRUE.equals(discounted)));
      }
    }
    return lines;
  }

  private static List<OrderRefund> refunds(Object value, Currency currency, Violations v) {
    List<OrderRefund> refunds = new ArrayList<>();
    List<Map<String, Object>> items = objects("refunds", value, v, false);
    for (int i = 0; i < items.size(); i++) {
      FieldReader refund = new FieldReader(items.get(i), "refunds[" + i + "]", v).only(REFUND);
      String id = idText(refund.raw("id"));
      Money amount = amount(refund, "amount", currency, true);
      if (id == null) {
        v.add(refund.pathOf("id"), "required", "the refund's id is required");
      } else if (amount != null) {
        try {
          refunds.add(OrderRefund.of(refund.pathOf("id"), id, amount));
        } catch (ValidationException e) {
          e.errors().forEach(f -> v.add(f.field(), f.rule(), f.message()));
        }
      }
    }
    return refunds;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(String field, Object value, Violations v, boolean required) {
    if (value == null) {
      if (required) {
        v.add(field, "required", field + " is required (may be empty)");
      }
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      v.add(field, "type", "must be a JSON array");
      return List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> map) {
        out.add((Map<String, Object>) map);
      } else {
        v.add(field + "[" + i + "]", "type", "must be a JSON object");
      }
    }
    return out;
  }

  /** An exact, non-negative amount; null when absent (a violation when required) or invalid. */
  private static Money amount(FieldReader in, String field, Currency currency, boolean required) {
    BigDecimal value = in.decimal(field);
    if (value == null) {
      if (required && !in.has(field)) {
        in.violations().add(in.pathOf(field), "required", field + " is required");
      }
      return null;
    }
    if (value.signum() < 0) {
      in.violations().add(in.pathOf(field), "range", "must not be negative");
      return null;
    }
    try {
      return Money.parse(in.pathOf(field), value.toPlainString(), currency);
    } catch (ValidationException e) {
      e.errors().forEach(f -> in.violations().add(f.field(), f.rule(), f.message()));
      return null;
    }
  }
}
