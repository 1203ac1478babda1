package nl.klantpunten.functions.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.ProductId;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.error.Violations;
import nl.klantpunten.core.money.Money;
import nl.klantpunten.core.redemption.Cart;
import nl.klantpunten.core.redemption.CartLine;
import nl.klantpunten.core.redemption.OrderRefs;
import nl.klantpunten.core.settings.FieldReader;

/**
 * Reads the checkout bodies strictly: unknown fields, wrong types, amounts with more decimals than the currency has
 * are 400s naming the field ({@code lines[1].unitPrice}), all reported at once.
 *
 * <pre>
 * quote:   {"customerId": "c-1", "currency": "EUR", "requestedPoints": 500,
 *           "lines": [{"productId": "sku-1", "quantity": 2, "unitPrice": "12.50", "discounted": false}]}
 * reserve: {"customerId": "c-1", "points": 500, "orderRef": "order-1001", "currency": "EUR", "lines": [...]}
 * </pre>
 */
final class CheckoutRequests {
  private static final Set<String> QUOTE = Set.of("customerId", "currency", "lines", "requestedPoints");
  private static final Set<String> RESERVE = Set.of("customerId", "currency", "lines", "points", "orderRef");
  private static final Set<String> LINE = Set.of("productId", "quantity", "unitPrice", "discounted");
  private static final long MAX_QUANTITY = 1_000_000;

  private CheckoutRequests() {}

  record QuoteRequest(CustomerId customer, Cart cart, Long requestedPoints) {}

  record ReserveRequest(CustomerId customer, Cart cart, long points, String orderRef) {}

  static QuoteRequest quote(Map<String, Object> body) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(QUOTE);
    CustomerId customer = customer(in);
    Currency currency = currency(in, null);
    List<CartLine> lines = currency == null ? List.of() : lines(in, currency);
    Long requested = in.whole("requestedPoints");
    if (requested != null && requested < 0) {
      v.add("requestedPoints", "range", "must be 0 or more");
    }
    v.throwIfAny();
    return new QuoteRequest(customer, new Cart(currency, lines), requested);
  }

  static ReserveRequest reserve(Map<String, Object> body, Currency programCurrency) {
    Violations v = new Violations();
    FieldReader in = new FieldReader(body, "", v).only(RESERVE);
    CustomerId customer = customer(in);
    Currency currency = currency(in, programCurrency);
    List<CartLine> lines = currency == null ? List.of() : lines(in, currency);
    Long points = in.whole("points");
    if (points == null && !in.has("points")) {
      v.add("points", "required", "the points to reserve are required");
    } else if (points != null && points < 1) {
      v.add("points", "range", "must be a whole number of at least 1");
    }
    String orderRef = in.text("orderRef");
    if (orderRef == null) {
      if (!in.has("orderRef")) {
        v.add("orderRef", "required", "the order reference is required: one order reserves once");
      }
    } else if (!OrderRefs.isValid(orderRef)) {
      v.add("orderRef", "format", "1-" + OrderRefs.MAX_LENGTH + " characters: letters, digits and . _ @ + : = -");
    }
    v.throwIfAny();
    return new ReserveRequest(customer, new Cart(currency, lines), points, orderRef);
  }

  private static CustomerId customer(FieldReader in) {
    String id = in.text("customerId");
    if (id == null) {
      if (!in.has("customerId")) {
        in.violations().add("customerId", "required", "customerId is required");
      }
      return null;
    }
    try {
      return new CustomerId(id);
    } catch (ValidationException e) {
      in.violations().add("customerId", "format", e.errors().get(0).message());
      return null;
    }
  }

  /** The cart's currency; {@code fallback} when absent (null: required). */
  private static Currency currency(FieldReader in, Currency fallback) {
    String code = in.text("currency");
    if (code == null) {
      if (fallback == null && !in.has("currency")) {
        in.violations().add("currency", "required", "the cart's currency is required, e.g. EUR");
      }
      return in.has("currency") ? null : fallback;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      in.violations().add("currency", "iso4217", "must be an ISO 4217 currency code such as EUR");
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<CartLine> lines(FieldReader in, Currency currency) {
    Violations v = in.violations();
    Object raw = in.raw("lines");
    if (raw == null) {
      v.add("lines", "required", "the cart's lines are required");
      return List.of();
    }
    if (!(raw instanceof List<?> items)) {
      v.add("lines", "type", "must be a JSON array");
      return List.of();
    }
    if (items.isEmpty() || items.size() > Cart.MAX_LINES) {
      v.add("lines", "size", "1 to " + Cart.MAX_LINES + " lines");
      return List.of();
    }
    List<CartLine> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "lines[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        v.add(path, "type", "must be a JSON object");
        continue;
      }
      FieldReader line = new FieldReader((Map<String, Object>) map, path, v).only(LINE);
      ProductId product = null;
      Object productId = line.raw("productId");
      if (productId != null) {
        if (productId instanceof String s && ProductId.isValid(s)) {
          product = new ProductId(s);
        } else {
          v.add(line.pathOf("productId"), "format", "1-128 characters: letters, digits and . _ @ + : = -");
        }
      }
      Long quantity = line.whole("quantity");
      if (quantity == null && !line.has("quantity")) {
        v.add(line.pathOf("quantity"), "required", "quantity is required");
      } else if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
        v.add(line.pathOf("quantity"), "range", "a whole number from 1 to " + MAX_QUANTITY);
        quantity = null;
      }
      Money price = price(line, currency);
      Boolean discounted = line.bool("discounted");
      if (quantity != null && price != null) {
        lines.add(new CartLine(product, quantity, price, Boolean.TRUE.equals(discounted)));
      }
    }
    return lines;
  }

  private static Money price(FieldReader line, Currency currency) {
    BigDecimal value = line.decimal("unitPrice");
    if (value == null) {
      if (!line.has("unitPrice")) {
        line.violations().add(line.pathOf("unitPrice"), "required", "unitPrice is required, e.g. \"12.50\"");
      }
      return null;
    }
    if (value.signum() < 0) {
      line.violations().add(line.pathOf("unitPrice"), "range", "must not be negative");
      return null;
    }
    try {
      return Money.parse(line.pathOf("unitPrice"), value.toPlainString(), currency);
    } catch (ValidationException e) {
      e.errors().forEach(f -> line.violations().add(f.field(), f.rule(), f.message()));
      return null;
    }
  }
}
