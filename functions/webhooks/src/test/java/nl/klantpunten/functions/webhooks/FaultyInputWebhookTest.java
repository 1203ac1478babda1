package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import nl.klantpunten.core.webhook.WebhookSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order webhooks with hostile bytes: amounts with huge exponents are refused from their text naming the field, a
 * body that is not UTF-8 is refused naming {@code body}, and a platform's signature is checked over the exact bytes
 * received when API Gateway hands the body over base64-encoded.
 */
@ExtendWith(TestBackend.class)
class FaultyInputWebhookTest {
  private static final String SECRET = "shpss_faulty_input_000001";
  private Backend backend;
  private TestProgram program;
  private Http shop;
  private Http publicCaller;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SECRET);
    WebhooksFunction function = new WebhooksFunction(backend, Duration.ZERO);
    shop = new Http(function, program.key(Role.WEBSHOP));
    publicCaller = new Http(function, null);
  }

  @SuppressWarnings("unchecked")
  private static void assertOutOfRange(Http.Result r, String field) {
    assertEquals(400, r.status(), r.toString());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) r.json().get("errors");
    assertEquals(field, errors.get(0).get("field"), r.toString());
    assertEquals("range", errors.get(0).get("rule"), r.toString());
  }

  @Test
  void hugeAmountsInTheOwnOrderJsonAreRefusedNamingTheField() {
    String order = json(Payloads.generic("o-huge", "paid"));
    assertOutOfRange(shop.post("/v1/webhooks/orders", order.replace("\"30.19\"", "1e1000000")), "totals.total");
    assertOutOfRange(shop.post("/v1/webhooks/orders", order.replace("\"30.19\"", "\"1e1000000\"")),
        "totals.total");
    assertNull(backend.stores().orders().find(program.id(), "api:o-huge").orElse(null));
  }

  @Test
  void hugeAmountsInAShopifyOrderAreRefusedNamingTheLine() {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    String body = json(order).replace("\"12.10\"", "\"1e1000000\"");
    var r = publicCaller.send("POST", "/v1/webhooks/shopify?program=" + program.id().value(), body,
        Map.of("X-Shopify-Topic", "orders/paid", "X-Shopify-Hmac-Sha256", Deliveries.sign(SECRET, body)));
    assertOutOfRange(r, "line_items[0].price_set.shop_money.amount");
    assertTrue(backend.stores().customers().find(program.id(),
        new CustomerId(String.valueOf(Payloads.SHOPIFY_CUSTOMER))).isEmpty());
  }

  @Test
  void aBase64DeliveryIsVerifiedOverTheExactBytesReceived() {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    ((Map<String, Object>) order.get("customer")).put("first_name", "Zoë ☕");
    byte[] body = json(order).getBytes(StandardCharsets.UTF_8);
    var r = publicCaller.sendBytes("POST", "/v1/webhooks/shopify?program=" + program.id().value(), body,
        Map.of("X-Shopify-Topic", "orders/paid", "X-Shopify-Hmac-Sha256", WebhookSignature.sign(SECRET, body)));
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"));
    assertEquals("Zoë ☕ Jansen", backend.stores().customers().find(program.id(),
        new CustomerId(String.valueOf(Payloads.SHOPIFY_CUSTOMER))).orElseThrow().name());
  }

  @Test
  void aDeliveryThatIsNotUtf8IsRefusedNamingBody() {
    byte[] valid = json(Payloads.shopifyOrder("paid", null)).getBytes(StandardCharsets.UTF_8);
    String text = new String(valid, StandardCharsets.UTF_8).replace("Bob", "B\u0000b");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        body[i] = (byte) 0xff; // a byte that never occurs in UTF-8
      }
    }
    var r = publicCaller.sendBytes("POST", "/v1/webhooks/shopify?program=" + program.id().value(), body,
        Map.of("X-Shopify-Topic", "orders/paid", "X-Shopify-Hmac-Sha256", WebhookSignature.sign(SECRET, body)));
    assertEquals(400, r.status(), r.toString());
    assertEquals("body", r.problemField());
    assertTrue(backend.stores().customers().find(program.id(),
        new CustomerId(String.valueOf(Payloads.SHOPIFY_CUSTOMER))).isEmpty());
  }
}
