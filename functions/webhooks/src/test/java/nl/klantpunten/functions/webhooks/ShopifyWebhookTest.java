package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /v1/webhooks/shopify: Shopify's order and refund webhooks, authenticated only by X-Shopify-Hmac-Sha256.
 * The program earns 10 points per 5.00 EUR on "paid"; the sample order's lines make 45.00 EUR before tax (90
 * points) of a 54.45 EUR total.
 */
@ExtendWith(TestBackend.class)
class ShopifyWebhookTest {
  private static final String SECRET = "shpss_5e3c0a3f8b6d4e2a9c7b1d0f";
  private static final CustomerId BOB = new CustomerId(String.valueOf(Payloads.SHOPIFY_CUSTOMER));
  private static final String ORDER_KEY = "shopify:" + Payloads.SHOPIFY_ORDER;
  private Backend backend;
  private TestProgram program;
  private Deliveries shopify;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SECRET);
    shopify = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
  }

  private Http.Result deliver(String topic, Map<String, Object> payload) {
    String body = json(payload);
    return shopify.shopify(topic, body, Deliveries.sign(SECRET, body));
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), BOB).orElseThrow().points();
  }

  private OrderState state() {
    return backend.stores().orders().find(program.id(), ORDER_KEY).orElse(null);
  }

  @Test
  void aSignedPaidOrderEarnsByTheRules() {
    var r = deliver("orders/paid", Payloads.shopifyOrder("paid", null));
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    assertEquals(90, r.number("earned"));
    assertEquals(90, balance());
    assertEquals("bob@example.com", backend.stores().customers().find(program.id(), BOB).orElseThrow().email());
  }

  @Test
  void aCustomerWhoCheckedOutWithAPhoneNumberOnlyEarns() {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    order.put("email", null);
    order.put("contact_email", null);
    order.put("phone", "+31612345678");
    @SuppressWarnings("unchecked")
    Map<String, Object> customer = new java.util.LinkedHashMap<>((Map<String, Object>) order.get("customer"));
    customer.put("email", null);
    customer.put("phone", "+31612345678");
    order.put("customer", customer);
    var r = deliver("orders/paid", order);
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    assertEquals(90, balance());
    var created = backend.stores().customers().find(program.id(), BOB).orElseThrow();
    assertNull(created.email());
    assertEquals("Bob Jansen", created.name());
    assertEquals(200, deliver("orders/updated", order).status());
  }

  @Test
  void aTestOrderIsRecordedAsSkippedUnlessTheProgramAllowsTestOrders() {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    order.put("test", true);
    var r = deliver("orders/paid", order);
    assertEquals(200, r.status(), r.toString());
    assertEquals("skipped", r.string("result"));
    assertEquals("TEST_ORDER", r.string("reason"));
    assertEquals(OrderState.Status.SKIPPED, state().status());
    assertTrue(backend.stores().ledger().balance(program.id(), BOB).isEmpty(), "no points, no customer");

    TestProgram staging = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, staging.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"},"
        + " \"testOrders\": true}}");
    TestSettings.secret(backend, staging.id(), Platform.SHOPIFY, SECRET);
    String body = json(order);
    var allowed = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), staging.id())
        .shopify("orders/paid", body, Deliveries.sign(SECRET, body));
    assertEquals("earned", allowed.string("result"), allowed.toString());
    assertEquals(90, allowed.number("earned"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aGiftCardLineEarnsNothingUnlessTheProgramSaysSo() {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("line_items");
    Map<String, Object> poster = new java.util.LinkedHashMap<>(lines.get(0));
    poster.put("gift_card", true); // the 20.00 before tax: 40 points
    lines.set(0, poster);
    var r = deliver("orders/paid", order);
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(50, r.number("earned"), "only the 25.00 engraving earns");
    Map<String, Object> breakdown = (Map<String, Object>) r.json().get("breakdown");
    assertEquals("giftCard", ((List<Map<String, Object>>) breakdown.get("lines")).get(0).get("basis"));

    TestProgram giftCardsEarn = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, giftCardsEarn.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\":"
        + " \"5.00\"}, \"giftCards\": true}}");
    TestSettings.secret(backend, giftCardsEarn.id(), Platform.SHOPIFY, SECRET);
    String body = json(order);
    var all = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), giftCardsEarn.id())
        .shopify("orders/paid", body, Deliveries.sign(SECRET, body));
    assertEquals(90, all.number("earned"), all.toString());
  }

  @Test
  void createPaidFulfilledAndRedeliveriesCreditOnce() {
    assertEquals("waiting", deliver("orders/create", Payloads.shopifyOrder("pending", null)).string("result"));
    for (int i = 0; i < 10; i++) {
      deliver("orders/paid", Payloads.shopifyOrder("paid", null));
    }
    assertEquals("unchanged", deliver("orders/fulfilled", Payloads.shopifyOrder("paid", "fulfilled"))
        .string("result"));
    assertEquals(90, balance());
  }

  @Test
  void aWrongOrMissingSignatureIs401AndWritesNothing() {
    String body = json(Payloads.shopifyOrder("paid", null));
    assertEquals(401, shopify.shopify("orders/paid", body, Deliveries.sign("not-the-app-secret-000", body))
        .status());
    assertEquals(401, shopify.shopify("orders/paid", body, null).status());
    assertEquals(401, shopify.shopify("orders/paid", body + "\n", Deliveries.sign(SECRET, body)).status());
    assertNull(state());
    assertTrue(backend.stores().customers().find(program.id(), BOB).isEmpty());
  }

  @Test
  void aWooCommerceSecretDoesNotSignShopifyDeliveries() {
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.secret(backend, other.id(), Platform.WOOCOMMERCE, SECRET);
    String body = json(Payloads.shopifyOrder("paid", null));
    var r = shopify.send("/v1/webhooks/shopify?program=" + other.id().value(), body,
        Map.of("X-Shopify-Topic", "orders/paid", "X-Shopify-Hmac-Sha256", Deliveries.sign(SECRET, body)));
    assertEquals(401, r.status());
  }

  @Test
  void aRefundTakesItsShareOnceAndCancellationTheRest() {
    deliver("orders/paid", Payloads.shopifyOrder("paid", null));
    // 12.10 of 54.45: 90 × 1210 / 5445 = 20
    var refund = deliver("refunds/create", Payloads.shopifyRefund(900_000_000_000_000_001L));
    assertEquals("reversed", refund.string("result"), refund.toString());
    assertEquals(20, refund.number("reversed"));
    assertEquals(70, balance());
    assertEquals("unchanged", deliver("refunds/create", Payloads.shopifyRefund(900_000_000_000_000_001L))
        .string("result"));
    Map<String, Object> updated = Payloads.shopifyOrder("partially_refunded", null);
    updated.put("refunds", List.of(Payloads.shopifyRefund(900_000_000_000_000_001L)));
    assertEquals("unchanged", deliver("orders/updated", updated).string("result"),
        "the refund listed on the order was applied already");
    Map<String, Object> cancelled = Payloads.shopifyOrder("refunded", null);
    cancelled.put("cancelled_at", "2026-03-06T10:00:00+01:00");
    var rest = deliver("orders/cancelled", cancelled);
    assertEquals(70, rest.number("reversed"));
    assertEquals(0, balance());
    assertEquals(OrderState.Status.REVERSED, state().status());
  }

  @Test
  void aRefundOfAnOrderThatNeverEarnedChangesNothing() {
    var r = deliver("refunds/create", Payloads.shopifyRefund(42));
    assertEquals(200, r.status());
    assertEquals("NOT_EARNED", r.string("reason"));
    assertNull(state());
  }

  @Test
  void theTopicIsInferredWhenTheHeaderIsMissing() {
    String order = json(Payloads.shopifyOrder("paid", null));
    var earned = shopify.send("/v1/webhooks/shopify?program=" + program.id().value(), order,
        Map.of("X-Shopify-Hmac-Sha256", Deliveries.sign(SECRET, order)));
    assertEquals("earned", earned.string("result"), earned.toString());
    String refund = json(Payloads.shopifyRefund(43));
    var reversed = shopify.send("/v1/webhooks/shopify?program=" + program.id().value(), refund,
        Map.of("X-Shopify-Hmac-Sha256", Deliveries.sign(SECRET, refund)));
    assertEquals("reversed", reversed.string("result"), reversed.toString());
  }

  @Test
  void otherTopicsAreAcknowledgedAndIgnored() {
    String body = "{\"id\": 788032119674292922, \"title\": \"Poster\"}";
    var r = shopify.shopify("products/update", body, Deliveries.sign(SECRET, body));
    assertEquals(200, r.status());
    assertEquals("ignored", r.string("result"));
  }

  @Test
  void aLargeOrderAboveTheApisUsual64KiBIsAccepted() {
    Map<String, Object> big = Payloads.shopifyOrder("paid", null);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lines = (List<Map<String, Object>>) big.get("line_items");
    Map<String, Object> template = lines.get(0);
    for (int i = 0; i < 150; i++) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>(template);
      copy.put("id", 1_000 + i);
      copy.put("title", "Poster " + i + " " + "x".repeat(300));
      lines.add(copy);
    }
    String body = json(big);
    assertTrue(body.length() > 64 * 1024, "the body is " + body.length() + " bytes");
    var r = shopify.shopify("orders/paid", body, Deliveries.sign(SECRET, body));
    assertEquals(200, r.status(), r.toString());
    assertEquals(90 + 150 * 40, r.number("earned"));
  }
}
