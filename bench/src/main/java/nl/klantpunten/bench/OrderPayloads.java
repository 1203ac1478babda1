package nl.klantpunten.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantpunten.core.webhook.WebhookSignature;

/**
 * The order bodies the benchmark sends, written for it from each format's documentation (the product's own order
 * JSON, WooCommerce's REST v3 order resource): a paid order of two product lines, 35.00 EUR before tax, which earns
 * 70 points at the fixture's ratio. Small on purpose; a platform's real order is larger, which costs parsing time
 * only.
 */
final class OrderPayloads {
  private OrderPayloads() {}

  /** The product's own order JSON (POST /v1/webhooks/orders). */
  static String generic(String orderId, String customerId, String status) {
    return "{\"orderId\":\"" + orderId + "\",\"status\":\"" + status + "\",\"currency\":\"EUR\","
        + "\"customer\":{\"id\":\"" + customerId + "\",\"email\":\"" + customerId + "@example.com\","
        + "\"name\":\"Bench Customer\"},"
        + "\"lines\":["
        + "{\"productId\":\"mug\",\"quantity\":2,\"unitPrice\":\"7.50\",\"lineTotal\":\"15.00\",\"tax\":\"3.15\"},"
        + "{\"productId\":\"tea\",\"quantity\":1,\"unitPrice\":\"20.00\",\"lineTotal\":\"20.00\",\"tax\":\"4.20\"}],"
        + "\"totals\":{\"subtotal\":\"35.00\",\"shipping\":\"4.95\",\"shippingTax\":\"1.04\",\"tax\":\"8.39\","
        + "\"total\":\"48.34\"},\"refunds\":[]}";
  }

  /** A WooCommerce order webhook body (status processing = paid). */
  static String wooCommerce(long orderId, String customerId) {
    return "{\"id\":" + orderId + ",\"parent_id\":0,\"number\":\"" + orderId + "\",\"status\":\"processing\","
        + "\"currency\":\"EUR\",\"date_created\":\"2026-03-01T10:15:00\",\"discount_total\":\"5.00\","
        + "\"shipping_total\":\"4.95\",\"shipping_tax\":\"1.04\",\"cart_tax\":\"7.35\",\"total\":\"48.34\","
        + "\"total_tax\":\"8.39\",\"prices_include_tax\":false,\"customer_id\":\"" + customerId + "\","
        + "\"billing\":{\"first_name\":\"Bench\",\"last_name\":\"Customer\",\"email\":\"" + customerId
        + "@example.com\"},\"payment_method\":\"ideal\","
        + "\"line_items\":["
        + "{\"id\":11,\"name\":\"Mug\",\"product_id\":301,\"variation_id\":0,\"quantity\":2,\"subtotal\":\"20.00\","
        + "\"subtotal_tax\":\"4.20\",\"total\":\"15.00\",\"total_tax\":\"3.15\",\"sku\":\"MUG\",\"price\":7.5},"
        + "{\"id\":12,\"name\":\"Tea\",\"product_id\":302,\"variation_id\":0,\"quantity\":1,\"subtotal\":\"20.00\","
        + "\"subtotal_tax\":\"4.20\",\"total\":\"20.00\",\"total_tax\":\"4.20\",\"sku\":\"TEA\",\"price\":20}],"
        + "\"fee_lines\":[],\"refunds\":[]}";
  }

  /** The headers WooCommerce's delivery sets, signed with the fixture's secret. */
  static Map<String, String> wooCommerceHeaders(String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("user-agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7)");
    headers.put("x-wc-webhook-source", "https://shop.example.com/");
    headers.put("x-wc-webhook-topic", "order.updated");
    headers.put("x-wc-webhook-resource", "order");
    headers.put("x-wc-webhook-event", "updated");
    headers.put("x-wc-webhook-id", "3");
    headers.put("x-wc-webhook-signature", WebhookSignature.sign(Fixture.WOOCOMMERCE_SECRET,
        body.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }
}
