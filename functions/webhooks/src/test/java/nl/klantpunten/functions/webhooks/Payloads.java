package nl.klantpunten.functions.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Json;

/**
 * Order payloads written for these tests from each format's documentation: the product's own JSON, WooCommerce's
 * REST v3 order resource (which is its order webhook body) and Shopify's REST Order and Refund resources. Built as
 * maps so each test states only what it varies.
 */
final class Payloads {
  private Payloads() {}

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static String json(Object value) {
    return Json.write(value);
  }

  // ---- the product's own JSON ----

  /** An order of customer c-1 with two lines (12.34 and 7.66 EUR), shipping 4.95 (+1.04 tax), no refunds. */
  static Map<String, Object> generic(String orderId, String status) {
    return map(
        "orderId", orderId,
        "status", status,
        "currency", "EUR",
        "customer", map("id", "c-1", "email", "anna@example.com", "name", "Anna de Vries"),
        "lines", new ArrayList<>(List.of(
            map("productId", "mug", "quantity", 2, "unitPrice", "6.17", "lineTotal", "12.34", "tax", "2.59"),
            map("productId", "tea", "quantity", 1, "unitPrice", "8.00", "lineTotal", "7.66", "tax", "1.61",
                "discounted", true))),
        "totals", map("subtotal", "20.00", "shipping", "4.95", "shippingTax", "1.04", "tax", "5.24",
            "total", "30.19"),
        "refunds", new ArrayList<>());
  }

  static Map<String, Object> refund(String id, String amount) {
    return map("id", id, "amount", amount);
  }

  // ---- WooCommerce (REST v3 order resource) ----

  /**
   * WooCommerce order 5001 of customer 42 (Anna de Vries): a coupon took 5.00 off the mugs (subtotal 20.00, total
   * 15.00), tea 20.00, tax 21 %, flat-rate shipping 4.95 + 1.04 tax; total 48.34 EUR.
   */
  static Map<String, Object> wooOrder(long id, String status) {
    return map(
        "id", id, "parent_id", 0, "number", String.valueOf(id), "order_key", "wc_order_kp" + id,
        "created_via", "checkout", "version", "9.4.2", "status", status, "currency", "EUR",
        "date_created", "2026-03-01T10:15:00", "date_created_gmt", "2026-03-01T09:15:00",
        "discount_total", "5.00", "discount_tax", "1.05", "shipping_total", "4.95", "shipping_tax", "1.04",
        "cart_tax", "7.35", "total", "48.34", "total_tax", "8.39", "prices_include_tax", false,
        "customer_id", 42, "customer_ip_address", "", "customer_user_agent", "", "customer_note", "",
        "billing", map("first_name", "Anna", "last_name", "de Vries", "company", "", "address_1", "Kerkstraat 1",
            "address_2", "", "city", "Utrecht", "state", "", "postcode", "3511 AA", "country", "NL",
            "email", "anna@example.com", "phone", ""),
        "shipping", map("first_name", "Anna", "last_name", "de Vries", "company", "", "address_1", "Kerkstraat 1",
            "address_2", "", "city", "Utrecht", "state", "", "postcode", "3511 AA", "country", "NL"),
        "payment_method", "ideal", "payment_method_title", "iDEAL", "transaction_id", "tr_1",
        "meta_data", List.of(),
        "line_items", new ArrayList<>(List.of(
            map("id", 11, "name", "Mug", "product_id", 301, "variation_id", 0, "quantity", 2, "tax_class", "",
                "subtotal", "20.00", "subtotal_tax", "4.20", "total", "15.00", "total_tax", "3.15",
                "taxes", List.of(map("id", 1, "total", "3.15", "subtotal", "4.20")), "meta_data", List.of(),
                "sku", "MUG", "price", 7.5),
            map("id", 12, "name", "Tea", "product_id", 302, "variation_id", 0, "quantity", 1, "tax_class", "",
                "subtotal", "20.00", "subtotal_tax", "4.20", "total", "20.00", "total_tax", "4.20",
                "taxes", List.of(map("id", 1, "total", "4.20", "subtotal", "4.20")), "meta_data", List.of(),
                "sku", "TEA", "price", 20))),
        "tax_lines", List.of(map("id", 21, "rate_code", "NL-BTW-1", "rate_id", 1, "label", "BTW",
            "compound", false, "tax_total", "7.35", "shipping_tax_total", "1.04", "meta_data", List.of())),
        "shipping_lines", List.of(map("id", 31, "method_title", "Flat rate", "method_id", "flat_rate",
            "total", "4.95", "total_tax", "1.04", "taxes", List.of(), "meta_data", List.of())),
        "fee_lines", List.of(),
        "coupon_lines", List.of(map("id", 41, "code", "spring", "discount", "5.00", "discount_tax", "1.05",
            "meta_data", List.of())),
        "refunds", new ArrayList<>());
  }

  /** WooCommerce lists refunds on the order as {id, reason, total} with a negative total. */
  static Map<String, Object> wooRefund(long id, String negativeTotal) {
    return map("id", id, "reason", "", "total", negativeTotal);
  }

  // ---- Shopify (REST Order / Refund resources) ----

  static final long SHOPIFY_ORDER = 5_504_101_000_000_000_001L;
  static final long SHOPIFY_CUSTOMER = 7_207_119_551_000_000_002L;

  /**
   * Shopify order {@link #SHOPIFY_ORDER} of customer Bob Jansen, prices including 21 % tax: 2 posters at 12.10
   * (4.20 tax) and a custom item (no product) at 36.30 with 6.05 discount allocated (5.25 tax). Before tax the lines
   * are 20.00 and 25.00 EUR; total 54.45.
   */
  static Map<String, Object> shopifyOrder(String financialStatus, String fulfillmentStatus) {
    return map(
        "id", SHOPIFY_ORDER, "admin_graphql_api_id", "gid://shopify/Order/" + SHOPIFY_ORDER,
        "email", "bob@example.com", "contact_email", "bob@example.com", "created_at", "2026-03-02T11:00:00+01:00",
        "currency", "EUR", "presentment_currency", "EUR", "financial_status", financialStatus,
        "fulfillment_status", fulfillmentStatus, "cancelled_at", null, "cancel_reason", null,
        "name", "#1042", "order_number", 1042, "taxes_included", true, "test", false,
        "subtotal_price", "54.45", "total_discounts", "6.05", "total_line_items_price", "60.50",
        "total_price", "54.45", "total_tax", "9.45",
        "customer", map("id", SHOPIFY_CUSTOMER, "email", "bob@example.com", "first_name", "Bob",
            "last_name", "Jansen", "state", "enabled", "verified_email", true, "currency", "EUR",
            "admin_graphql_api_id", "gid://shopify/Customer/" + SHOPIFY_CUSTOMER),
        "billing_address", map("first_name", "Bob", "last_name", "Jansen", "address1", "Dorpsstraat 2",
            "city", "Zwolle", "zip", "8011 AA", "country", "Netherlands", "country_code", "NL"),
        "line_items", new ArrayList<>(List.of(
            map("id", 1_466_157_049_000_000_001L, "product_id", 632_910_392_000_000_003L,
                "variant_id", 808_950_810_000_000_004L, "title", "Poster", "quantity", 2, "price", "12.10",
                "price_set", map("shop_money", map("amount", "12.10", "currency_code", "EUR")),
                "total_discount", "0.00", "discount_allocations", List.of(), "taxable", true, "gift_card", false,
                "tax_lines", List.of(map("price", "4.20", "rate", 0.21, "title", "BTW"))),
            map("id", 1_466_157_049_000_000_002L, "product_id", null, "variant_id", null, "title", "Engraving",
                "quantity", 1, "price", "36.30", "total_discount", "0.00",
                "discount_allocations", List.of(map("amount", "6.05", "discount_application_index", 0,
                    "amount_set", map("shop_money", map("amount", "6.05", "currency_code", "EUR")))),
                "taxable", true, "gift_card", false,
                "tax_lines", List.of(map("price", "5.25", "rate", 0.21, "title", "BTW"))))),
        "shipping_lines", List.of(map("id", 369_256_396_000_000_005L, "title", "Pickup", "price", "0.00",
            "discounted_price", "0.00", "tax_lines", List.of())),
        "discount_codes", List.of(map("code", "WELCOME", "amount", "6.05", "type", "fixed_amount")),
        "refunds", new ArrayList<>());
  }

  /** A Shopify refund of one poster: 10.00 subtotal and 2.10 tax, shop money. */
  static Map<String, Object> shopifyRefund(long refundId) {
    return map(
        "id", refundId, "order_id", SHOPIFY_ORDER, "created_at", "2026-03-05T09:00:00+01:00",
        "note", "damaged", "restock", false, "admin_graphql_api_id", "gid://shopify/Refund/" + refundId,
        "refund_line_items", List.of(map("id", refundId + 1, "quantity", 1,
            "line_item_id", 1_466_157_049_000_000_001L, "restock_type", "no_restock", "subtotal", 10.00,
            "total_tax", 2.10,
            "subtotal_set", map("shop_money", map("amount", "10.00", "currency_code", "EUR")),
            "total_tax_set", map("shop_money", map("amount", "2.10", "currency_code", "EUR")))),
        "refund_shipping_lines", List.of(),
        "order_adjustments", List.of(),
        "transactions", List.of(map("id", refundId + 2, "order_id", SHOPIFY_ORDER, "kind", "refund",
            "gateway", "shopify_payments", "status", "success", "amount", "12.10", "currency", "EUR")));
  }
}
