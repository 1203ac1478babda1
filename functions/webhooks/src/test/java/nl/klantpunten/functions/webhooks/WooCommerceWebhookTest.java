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
 * POST /v1/webhooks/woocommerce: WooCommerce's own order webhooks, authenticated only by X-WC-Webhook-Signature.
 * The program earns 10 points per 5.00 EUR on "paid" (WooCommerce: processing); the sample order's lines make
 * 35.00 EUR after the coupon (70 points) of a 48.34 EUR total.
 */
@ExtendWith(TestBackend.class)
class WooCommerceWebhookTest {
  private static final String SECRET = "wc_secret_7f3a9c1e5b2d4f6a8c0e";
  private static final CustomerId CUSTOMER = new CustomerId("42");
  private Backend backend;
  private TestProgram program;
  private Deliveries wc;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, SECRET);
    wc = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
  }

  private Http.Result deliver(String topic, Map<String, Object> order) {
    String body = json(order);
    return wc.woo(topic, body, Deliveries.sign(SECRET, body));
  }

  private OrderState state(long orderId) {
    return backend.stores().orders().find(program.id(), "woocommerce:" + orderId).orElse(null);
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), CUSTOMER).orElseThrow().points();
  }

  @Test
  void aSignedProcessingOrderEarnsByTheRules() {
    var r = deliver("order.updated", Payloads.wooOrder(5001, "processing"));
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    assertEquals("woocommerce", r.string("source"));
    assertEquals(70, r.number("earned"));
    assertEquals(70, balance());
    var customer = backend.stores().customers().find(program.id(), CUSTOMER).orElseThrow();
    assertEquals("anna@example.com", customer.email());
    assertEquals("Anna de Vries", customer.name());
  }

  @Test
  void anOrderEnteredInWpAdminWithoutBillingEmailEarnsOnEveryUpdate() {
    Map<String, Object> order = Payloads.wooOrder(5020, "processing");
    @SuppressWarnings("unchecked")
    Map<String, Object> billing = new java.util.LinkedHashMap<>((Map<String, Object>) order.get("billing"));
    billing.put("email", "");
    order.put("billing", billing);
    var r = deliver("order.created", order);
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    for (int i = 0; i < 6; i++) {
      assertEquals(200, deliver("order.updated", order).status(), "WooCommerce disables a webhook after 5 failures");
    }
    var customer = backend.stores().customers().find(program.id(), CUSTOMER).orElseThrow();
    assertNull(customer.email());
    assertEquals("Anna de Vries", customer.name());
    assertEquals(70, balance());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLineThatSaysItSellsAGiftCardEarnsNothing() {
    Map<String, Object> order = Payloads.wooOrder(5021, "processing");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("line_items");
    Map<String, Object> tea = new java.util.LinkedHashMap<>(lines.get(1));
    tea.put("meta_data", List.of(Payloads.map("id", 77, "key", "_gift_card", "value", "yes")));
    lines.set(1, tea);
    var r = deliver("order.updated", order);
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(30, r.number("earned"), "the mugs' 15.00 earn, the 20.00 gift card does not");
  }

  @Test
  void createdThenProcessingThenCompletedCreditsOnce() {
    assertEquals("waiting", deliver("order.created", Payloads.wooOrder(5002, "pending")).string("result"));
    assertEquals("earned", deliver("order.updated", Payloads.wooOrder(5002, "processing")).string("result"));
    assertEquals("unchanged", deliver("order.updated", Payloads.wooOrder(5002, "completed")).string("result"));
    assertEquals(70, balance());
  }

  @Test
  void tenRedeliveriesCreditOnce() {
    String body = json(Payloads.wooOrder(5003, "processing"));
    String signature = Deliveries.sign(SECRET, body);
    for (int i = 0; i < 10; i++) {
      assertEquals(200, wc.woo("order.updated", body, signature).status());
    }
    assertEquals(70, balance());
    assertEquals(1, backend.stores().ledger().entries(program.id(), CUSTOMER,
        new nl.klantpunten.core.ledger.EntryQuery(10, null, null, null, null, true)).items().size());
  }

  @Test
  void aWrongSignatureIs401AndWritesNothing() {
    String body = json(Payloads.wooOrder(5004, "processing"));
    var r = wc.woo("order.updated", body, Deliveries.sign("another-secret-0123456789", body));
    assertEquals(401, r.status(), r.toString());
    assertEquals("application/problem+json", r.contentType());
    assertNull(state(5004));
    assertTrue(backend.stores().customers().find(program.id(), CUSTOMER).isEmpty());
  }

  @Test
  void aTamperedBodyIs401() {
    String body = json(Payloads.wooOrder(5005, "processing"));
    String signature = Deliveries.sign(SECRET, body);
    assertEquals(401, wc.woo("order.updated", body.replace("\"15.00\"", "\"150.00\""), signature).status());
    assertNull(state(5005));
  }

  @Test
  void aMissingSignatureIs401AndWritesNothing() {
    var r = wc.woo("order.updated", json(Payloads.wooOrder(5006, "processing")), null);
    assertEquals(401, r.status(), r.toString());
    assertNull(state(5006));
  }

  @Test
  void anUnknownProgramOrOneWithoutSecretIs401() {
    String body = json(Payloads.wooOrder(5007, "processing"));
    String signature = Deliveries.sign(SECRET, body);
    Map<String, String> headers = Map.of("X-WC-Webhook-Signature", signature, "X-WC-Webhook-Topic", "order.updated");
    assertEquals(401, wc.send("/v1/webhooks/woocommerce?program=prg_doesnotexist1", body, headers).status());
    assertEquals(401, wc.send("/v1/webhooks/woocommerce?program=not-a-program", body, headers).status());
    assertEquals(401, wc.send("/v1/webhooks/woocommerce", body, headers).status());
    TestProgram noSecret = TestProgram.create(backend, ProgramKind.SHOP);
    assertEquals(401, wc.send("/v1/webhooks/woocommerce?program=" + noSecret.id().value(), body, headers).status());
    TestSettings.secret(backend, noSecret.id(), Platform.SHOPIFY, SECRET);
    assertEquals(401, wc.send("/v1/webhooks/woocommerce?program=" + noSecret.id().value(), body, headers).status(),
        "a Shopify secret does not sign WooCommerce deliveries");
    assertNull(state(5007));
  }

  @Test
  void theDeliveryPingAtWebhookCreationIsAnswered200() {
    var ping = wc.send("/v1/webhooks/woocommerce?program=" + program.id().value(), "webhook_id=3",
        Map.of("Content-Type", "application/x-www-form-urlencoded",
            "User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7)"));
    assertEquals(200, ping.status(), ping.toString());
    assertEquals("ping", ping.string("result"));
  }

  @Test
  void aRefundOnTheOrderTakesItsShareAndAFullRefundTheRest() {
    deliver("order.updated", Payloads.wooOrder(5008, "completed"));
    Map<String, Object> partly = Payloads.wooOrder(5008, "completed");
    partly.put("refunds", List.of(Payloads.wooRefund(9001, "-24.17")));
    var half = deliver("order.updated", partly);
    assertEquals("reversed", half.string("result"), half.toString());
    assertEquals(35, half.number("reversed"));
    assertEquals(35, balance());
    assertEquals("unchanged", deliver("order.updated", partly).string("result"), "the same refund again");
    Map<String, Object> full = Payloads.wooOrder(5008, "refunded");
    full.put("refunds", List.of(Payloads.wooRefund(9002, "-24.17"), Payloads.wooRefund(9001, "-24.17")));
    var rest = deliver("order.updated", full);
    assertEquals(35, rest.number("reversed"));
    assertEquals(0, balance());
    assertEquals(OrderState.Status.REVERSED, state(5008).status());
  }

  @Test
  void otherTopicsAndDeletedOrdersAreAcknowledgedAndIgnored() {
    String product = "{\"id\":301,\"name\":\"Mug\"}";
    var r = wc.woo("product.updated", product, Deliveries.sign(SECRET, product));
    assertEquals(200, r.status());
    assertEquals("ignored", r.string("result"));
    String deleted = "{\"id\":5009}";
    assertEquals("ignored", wc.woo("order.deleted", deleted, Deliveries.sign(SECRET, deleted)).string("result"));
    assertNull(state(5009));
  }

  @Test
  void aGuestCheckoutEarnsNothing() {
    Map<String, Object> guest = Payloads.wooOrder(5010, "processing");
    guest.put("customer_id", 0);
    var r = deliver("order.created", guest);
    assertEquals("GUEST_ORDER", r.string("skipped"));
    assertEquals(0, r.number("earned"));
    assertEquals(OrderState.Status.SKIPPED, state(5010).status());
    assertEquals("GUEST_ORDER", state(5010).reason());
  }

  @Test
  void aDisabledProgramRecordsTheOrderAsSkipped() {
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"enabled\": false}}");
    var r = deliver("order.updated", Payloads.wooOrder(5011, "processing"));
    assertEquals(200, r.status());
    assertEquals("EARNING_DISABLED", r.string("skipped"));
    assertEquals(OrderState.Status.SKIPPED, state(5011).status());
  }

  @Test
  void aMalformedSignedBodyIsA400() {
    String body = "{\"id\": 5012, \"status\": ";
    assertEquals(400, wc.woo("order.updated", body, Deliveries.sign(SECRET, body)).status());
  }
}
