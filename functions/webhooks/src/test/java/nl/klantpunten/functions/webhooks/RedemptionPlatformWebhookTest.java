package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import nl.klantpunten.functions.checkout.CheckoutFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WooCommerce and Shopify orders that carry the checkout's orderRef (WooCommerce: meta entry
 * {@code _klantpunten_order_ref}; Shopify: note attribute {@code klantpunten_order_ref}) move the reservation like the
 * product's own JSON does. Their line totals are already after the points discount (a coupon), so they earn on the
 * lines as they are: nothing is taken off twice.
 */
@ExtendWith(TestBackend.class)
class RedemptionPlatformWebhookTest {
  private static final String WOO_SECRET = "wc_secret_redemption_0001";
  private static final String SHOPIFY_SECRET = "shpss_redemption_0002";
  private Backend backend;
  private TestProgram program;
  private Deliveries deliveries;
  private Http checkout;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}, "
        + "\"redemption\": {\"enabled\": true}}");
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, WOO_SECRET);
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SHOPIFY_SECRET);
    deliveries = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    checkout = new Http(new CheckoutFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
  }

  private void customerWithPoints(String id) {
    CustomerId customer = new CustomerId(id);
    backend.stores().customers().save(program.id(), customer, CustomerDetails.parse(id + "@example.com", "Customer " + id, null),
        Instant.now());
    backend.stores().ledger().record(program.id(), new BalanceChange(customer, 1_000, EntryKind.ADJUST,
        Reason.MANUAL, "seed", null, "test", null));
  }

  private long balance(String id) {
    return backend.stores().ledger().balance(program.id(), new CustomerId(id)).orElseThrow().points();
  }

  private String reserve(String customer, String orderRef) {
    Http.Result r = checkout.send("POST", "/v1/checkout/redemptions", "{\"customerId\":\"" + customer
        + "\",\"points\":500,\"orderRef\":\"" + orderRef + "\",\"lines\":[{\"productId\":\"301\",\"quantity\":2,"
        + "\"unitPrice\":\"10.00\"}]}", Map.of("Idempotency-Key", orderRef));
    assertEquals(201, r.status(), r.toString());
    return r.string("id");
  }

  private Http.Result woo(String status, Object metaValue) {
    Map<String, Object> order = Payloads.wooOrder(5001, status);
    order.put("meta_data", List.of(map("id", 9001, "key", "_klantpunten_order_ref", "value", metaValue)));
    String body = json(order);
    return deliveries.woo("order.updated", body, Deliveries.sign(WOO_SECRET, body));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> redemption(Http.Result r) {
    return (Map<String, Object>) r.json().get("redemption");
  }

  @Test
  void aWooCommerceOrderCommitsOnProcessingAndReturnsOnCancelEarningOnItsLinesAsTheyAre() {
    customerWithPoints("42");
    String id = reserve("42", "wc-cart-77");
    Http.Result paid = woo("processing", "wc-cart-77");
    assertEquals(200, paid.status(), paid.toString());
    assertEquals("committed", redemption(paid).get("result"));
    assertEquals(70, paid.number("earned"), "the lines (35.00 after the coupon) earn as they are");
    assertEquals(1_000 - 500 + 70, balance("42"));

    Http.Result cancelled = woo("cancelled", "wc-cart-77");
    assertEquals("returned", redemption(cancelled).get("result"));
    assertEquals(70, cancelled.number("reversed"));
    assertEquals(1_000, balance("42"));
    assertEquals("returned", checkout.get("/v1/checkout/redemptions/" + id).string("status"));
    assertEquals("unchanged", redemption(woo("cancelled", "wc-cart-77")).get("result"), "a redelivery");
    assertEquals(1_000, balance("42"));
  }

  @Test
  void aShopifyOrderCommitsOnPaid() {
    String customer = Long.toString(Payloads.SHOPIFY_CUSTOMER);
    customerWithPoints(customer);
    String id = reserve(customer, "shopify-checkout-9");
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    order.put("note_attributes", List.of(map("name", "klantpunten_order_ref", "value", "shopify-checkout-9")));
    String body = json(order);
    Http.Result paid = deliveries.shopify("orders/paid", body, Deliveries.sign(SHOPIFY_SECRET, body));
    assertEquals(200, paid.status(), paid.toString());
    assertEquals("committed", redemption(paid).get("result"));
    assertEquals("committed", checkout.get("/v1/checkout/redemptions/" + id).string("status"));
    assertEquals(1_000 - 500 + paid.number("earned"), balance(customer));
  }

  @Test
  void aShopifyRefundOfTheWholeOrderReturnsTheRedeemedPointsOnceFromEitherTopic() {
    String customer = Long.toString(Payloads.SHOPIFY_CUSTOMER);
    customerWithPoints(customer);
    String id = reserve(customer, "shopify-checkout-10");
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    order.put("note_attributes", List.of(map("name", "klantpunten_order_ref", "value", "shopify-checkout-10")));
    String body = json(order);
    Http.Result paid = deliveries.shopify("orders/paid", body, Deliveries.sign(SHOPIFY_SECRET, body));
    assertEquals("committed", redemption(paid).get("result"), paid.toString());
    long earned = paid.number("earned");

    Http.Result partial = refund(900_000_000_000_000_011L, "12.10");
    assertEquals(null, redemption(partial), "a partial refund keeps the redeemed points spent: " + partial);
    assertEquals("committed", checkout.get("/v1/checkout/redemptions/" + id).string("status"));

    Http.Result rest = refund(900_000_000_000_000_012L, "42.35"); // 12.10 + 42.35 = the whole 54.45
    assertEquals(200, rest.status(), rest.toString());
    assertEquals("returned", redemption(rest).get("result"), rest.toString());
    assertEquals("returned", checkout.get("/v1/checkout/redemptions/" + id).string("status"));
    assertEquals(1_000, balance(customer), "all " + earned + " earned points back out, the 500 redeemed back in");

    Map<String, Object> refunded = Payloads.shopifyOrder("refunded", null);
    refunded.put("note_attributes", order.get("note_attributes"));
    String again = json(refunded);
    Http.Result update = deliveries.shopify("orders/updated", again, Deliveries.sign(SHOPIFY_SECRET, again));
    assertEquals("unchanged", redemption(update).get("result"), update.toString());
    assertEquals("unchanged", redemption(refund(900_000_000_000_000_012L, "42.35")).get("result"),
        "a redelivered refund");
    assertEquals(1_000, balance(customer), "returned once");
  }

  /** Shopify's refunds/create of an amount-only refund of the sample order. */
  private Http.Result refund(long refundId, String amount) {
    Map<String, Object> refund = map("id", refundId, "order_id", Payloads.SHOPIFY_ORDER,
        "created_at", "2026-03-05T09:00:00+01:00", "note", "", "restock", false,
        "refund_line_items", List.of(), "refund_shipping_lines", List.of(), "order_adjustments", List.of(),
        "transactions", List.of(map("id", refundId + 2, "order_id", Payloads.SHOPIFY_ORDER, "kind", "refund",
            "gateway", "shopify_payments", "status", "success", "amount", amount, "currency", "EUR")));
    String body = json(refund);
    return deliveries.shopify("refunds/create", body, Deliveries.sign(SHOPIFY_SECRET, body));
  }

  @Test
  void aBrokenOrderRefInTheMetaIsNamedAndNothingMoves() {
    customerWithPoints("42");
    String id = reserve("42", "wc-cart-78");
    Http.Result bad = woo("processing", "wc#cart");
    assertEquals(400, bad.status(), bad.toString());
    assertEquals("meta_data[0].value", bad.problemField());
    assertEquals(500, balance("42"));
    assertEquals("reserved", checkout.get("/v1/checkout/redemptions/" + id).string("status"));
  }
}
