package nl.klantpunten.functions.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import nl.klantpunten.core.webhook.WebhookSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks the parsers and the signature check against the platforms' own published payloads and signature
 * vectors, kept OUTSIDE the repository in {@code shared/fixtures/webhooks} (found in a parent folder of the
 * working directory, or named by -Dklantpunten.webhookFixtures). Skipped where that folder is absent: those
 * files are other people's data and are not copied into the project.
 */
@ExtendWith(TestBackend.class)
class PlatformFixturesTest {
  private static final String OUR_SECRET = "kp-fixture-test-secret-0001";
  private Path fixtures;

  /** Runs before the emulator is asked for (test methods resolve their Backend later), so a skip costs nothing. */
  @BeforeEach
  void findFixtures() {
    fixtures = locate();
    assumeTrue(fixtures != null, "no shared/fixtures/webhooks folder above " + Path.of("").toAbsolutePath());
  }

  static Path locate() {
    String configured = System.getProperty("klantpunten.webhookFixtures");
    if (configured != null) {
      return Files.isRegularFile(Path.of(configured, "test-vectors.json")) ? Path.of(configured) : null;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures/webhooks");
      if (Files.isRegularFile(candidate.resolve("test-vectors.json"))) {
        return candidate;
      }
    }
    return null;
  }

  private String text(String file) throws IOException {
    return Files.readString(fixtures.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePublishedSignatureVectorsVerify() throws IOException {
    List<Map<String, Object>> vectors = (List<Map<String, Object>>) Json.readObject(text("test-vectors.json"))
        .get("vectors");
    int checked = 0;
    for (Map<String, Object> v : vectors) {
      String provider = (String) v.get("provider");
      if (!provider.equals("woocommerce") && !provider.equals("shopify")) {
        continue; // Stripe signs "<t>.<body>" with hex output: not a scheme this product accepts
      }
      byte[] body = v.containsKey("body_file") ? Files.readAllBytes(fixtures.resolve((String) v.get("body_file")))
          : ((String) v.get("body_utf8")).getBytes(StandardCharsets.UTF_8);
      String expected = (String) v.get("expected_signature");
      String secret = (String) v.get("secret");
      if (secret == null) {
        assertFalse(WebhookSignature.verify(OUR_SECRET, body, expected), v.get("name") + ": not our secret");
      } else {
        assertEquals(expected, WebhookSignature.sign(secret, body), (String) v.get("name"));
        assertTrue(WebhookSignature.verify(secret, body, expected), (String) v.get("name"));
      }
      checked++;
    }
    assertTrue(checked >= 4, "vectors checked: " + checked);
  }

  @Test
  void shopifysLibraryFixtureIsAcceptedThroughTheHandlerWithItsPublishedSignature(Backend backend)
      throws IOException {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP, Currency.getInstance("USD"));
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, "0".repeat(32));
    Deliveries shopify = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    String body = text("shopify-orders-create.json");
    var accepted = shopify.shopify("orders/create", body, "hvTE9wpDzMcDnPEuHWvYZ58ElKn5vHs0LomurfNIuUc=");
    assertEquals(200, accepted.status(), accepted.toString());
    assertEquals("skipped", accepted.string("result"), accepted.toString());
    assertEquals("TEST_ORDER", accepted.string("reason"), "the library's sample is a test order (\"test\": true)");
    var trimmed = shopify.shopify("orders/create", body.substring(0, body.length() - 1),
        "hvTE9wpDzMcDnPEuHWvYZ58ElKn5vHs0LomurfNIuUc=");
    assertEquals(401, trimmed.status(), "the trailing newline is part of the signed body");
  }

  @Test
  void wooCommerceDocumentedOrdersEarnWhenSignedWithTheProgramsSecret(Backend backend) throws IOException {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP, Currency.getInstance("USD"));
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, OUR_SECRET);
    Deliveries wc = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    // order 723: completed, customer 26, lines 9.00 + 20.00 (29 points at the default 1 per USD), total 39.00,
    // refunds 10.00 + 9.00: floor(29 × 19.00 / 39.00) = 14 taken back
    String refunded = text("woocommerce-order-updated-with-refunds.json");
    var r = wc.woo("order.updated", refunded, Deliveries.sign(OUR_SECRET, refunded));
    assertEquals(200, r.status(), r.toString());
    assertEquals(29, r.number("earned"));
    assertEquals(14, r.number("reversed"));
    assertEquals(15, backend.stores().ledger().balance(program.id(), new CustomerId("26")).orElseThrow().points());
    assertEquals("joao.silva@example.com",
        backend.stores().customers().find(program.id(), new CustomerId("26")).orElseThrow().email());
    assertEquals("unchanged", wc.woo("order.updated", refunded, Deliveries.sign(OUR_SECRET, refunded))
        .string("result"));
    // order 727 is a guest checkout (customer_id 0)
    String created = text("woocommerce-order-created.json");
    assertEquals("GUEST_ORDER", wc.woo("order.created", created, Deliveries.sign(OUR_SECRET, created))
        .string("skipped"));
    // the real legacy delivery 54 was signed with a secret nobody published: refused
    String legacy = text("woocommerce-order-updated-legacy-v3.body.json");
    assertEquals(401, wc.woo("order.updated", legacy, "J72iu7hL93aUt2dFnyOBoBypwbmP6nt6Aor33nnOHxU=").status());
    assertEquals(200, wc.woo("order.updated", legacy, Deliveries.sign(OUR_SECRET, legacy)).status(),
        "the legacy body is readable");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shopifysDocumentedOrderAndRefundEarnAndGiveBack(Backend backend) throws IOException {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP, Currency.getInstance("USD"));
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, OUR_SECRET);
    // Shopify's documented sample is a test order ("test": true): this program is a staging shop that lets them earn
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"testOrders\": true}}");
    Deliveries shopify = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    String asPublished = text("shopify-orders-paid.json");
    assertEquals("closed", shopify.shopify("orders/paid", asPublished, Deliveries.sign(OUR_SECRET, asPublished))
        .string("result"), "Shopify's one sample order is cancelled and voided");
    // the same order, not cancelled and paid (a variant made here; the file stays as published), under a new id
    Map<String, Object> paid = Json.readObject(asPublished);
    paid.put("id", 820982911946154509L);
    paid.put("cancelled_at", null);
    paid.put("financial_status", "paid");
    String body = Json.write(paid);
    var earned = shopify.shopify("orders/paid", body, Deliveries.sign(OUR_SECRET, body));
    // 89.99 + 19.99 + 24.99 + 159.99 + 119.99 = 414.95 USD before tax: 414 points at 1 per USD
    assertEquals(414, earned.number("earned"), earned.toString());
    Map<String, Object> refund = Json.readObject(text("shopify-refunds-create.json"));
    refund.put("order_id", 820982911946154509L);
    String refundBody = Json.write(refund);
    var reversed = shopify.shopify("refunds/create", refundBody, Deliveries.sign(OUR_SECRET, refundBody));
    assertEquals(414, reversed.number("reversed"), "its lines give back more than the order's total");
    assertEquals(0, backend.stores().ledger().balance(program.id(), new CustomerId("115310627314723954"))
        .orElseThrow().points());
  }
}
