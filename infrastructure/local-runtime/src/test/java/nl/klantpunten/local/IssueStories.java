package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.functions.cards.PdfInspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The "done when" stories of the earning and card issues, told over real HTTP to every function the local stack
 * hosts: platform payloads signed as the platforms sign them, and a card from the public enrolment link to the
 * downloaded PDF whose QR code is decoded. One scenario class, run over the in-JVM emulators
 * ({@link IssueStoriesOverHttpTest}) and over LocalStack where a Docker engine exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IssueStories {
  private static final Path EVENTS = MavenModules.repositoryRoot().resolve("events");
  private LocalServer server;

  /** The table the functions use. */
  protected abstract Backend backend();

  /** Where the card function keeps its PDFs. */
  protected abstract CardFileStore cardFiles();

  /** Started on first use, after every {@code @BeforeAll} of the subclass has prepared the emulators. */
  private synchronized LocalServer server() {
    if (server == null) {
      server = LocalServer.start(0, LocalFunctions.all(backend(), cardFiles()), Clock.systemUTC(), line -> { });
    }
    return server;
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * Issue 3: WooCommerce's and Shopify's order payloads (events/webhooks: the shapes their documentation
   * publishes), signed with the program's secret, earn what the rules say; a redelivery earns nothing more; a refund
   * takes the points back.
   */
  @Test
  public void platformOrdersEarnOnceAndRefundsTakeBack() {
    TestProgram shop = TestProgram.create(backend(), ProgramKind.SHOP);
    HttpCalls admin = new HttpCalls(server().baseUri(), shop.admin());
    HttpCalls platform = admin.as(null);
    var settings = admin.send("PUT", "/v1/settings", "{\"earning\":{\"ratio\":{\"points\":10,\"amount\":\"5.00\"}}}",
        Map.of("content-type", "application/json", "if-match", "\"0\""));
    assertEquals(200, settings.status(), settings.toString());
    assertEquals(200, admin.put("/v1/integrations/woocommerce", "{\"secret\":\"woo-secret-of-this-shop\"}").status());
    assertEquals(200, admin.put("/v1/integrations/shopify", "{\"secret\":\"shopify-secret-of-this-shop\"}").status());
    String query = "?program=" + shop.id().value();

    // WooCommerce: lines 15.00 + 20.00 after discounts, before tax and shipping = 35.00 EUR → 70 points
    String wooOrder = body("webhooks/post-woocommerce.json");
    var woo = platform.send("POST", "/v1/webhooks/woocommerce" + query, wooOrder,
        Map.of("content-type", "application/json", "x-wc-webhook-signature", sign("woo-secret-of-this-shop", wooOrder),
            "x-wc-webhook-topic", "order.updated"));
    assertEquals(200, woo.status(), woo.toString());
    assertEquals(70, woo.number("earned"), woo.toString());
    var wooAgain = platform.send("POST", "/v1/webhooks/woocommerce" + query, wooOrder,
        Map.of("content-type", "application/json", "x-wc-webhook-signature", sign("woo-secret-of-this-shop", wooOrder),
            "x-wc-webhook-topic", "order.updated"));
    assertEquals(200, wooAgain.status(), wooAgain.toString());
    assertEquals(0, wooAgain.number("earned"), "a redelivery earns nothing: " + wooAgain);
    assertEquals(70, admin.get("/v1/customers/42/balance").number("balance"));

    var forged = platform.send("POST", "/v1/webhooks/woocommerce" + query, wooOrder.replace("15.00", "1500.00"),
        Map.of("content-type", "application/json", "x-wc-webhook-signature", sign("woo-secret-of-this-shop", wooOrder)));
    assertEquals(401, forged.status(), "a body that is not the signed one: " + forged);

    Map<String, Object> refunded = parse(wooOrder);
    refunded.put("status", "refunded");
    String wooRefund = Json.write(refunded);
    var wooRefunded = platform.send("POST", "/v1/webhooks/woocommerce" + query, wooRefund,
        Map.of("content-type", "application/json", "x-wc-webhook-signature", sign("woo-secret-of-this-shop", wooRefund),
            "x-wc-webhook-topic", "order.updated"));
    assertEquals(200, wooRefunded.status(), wooRefunded.toString());
    assertEquals(0, admin.get("/v1/customers/42/balance").number("balance"), "the refund takes all 70 back");

    // Shopify: prices include tax; 54.45 paid with 9.45 tax = 45.00 EUR → 90 points
    String shopifyOrder = body("webhooks/post-shopify.json");
    Map<String, String> paidHeaders = Map.of("content-type", "application/json", "x-shopify-topic", "orders/paid",
        "x-shopify-hmac-sha256", sign("shopify-secret-of-this-shop", shopifyOrder));
    var shopify = platform.send("POST", "/v1/webhooks/shopify" + query, shopifyOrder, paidHeaders);
    assertEquals(200, shopify.status(), shopify.toString());
    assertEquals(90, shopify.number("earned"), shopify.toString());
    String customer = "/v1/customers/" + shopify.string("customerId");
    assertEquals(90, admin.get(customer + "/balance").number("balance"));
    var shopifyAgain = platform.send("POST", "/v1/webhooks/shopify" + query, shopifyOrder, paidHeaders);
    assertEquals(0, shopifyAgain.number("earned"), "a redelivery earns nothing: " + shopifyAgain);
    assertEquals(90, admin.get(customer + "/balance").number("balance"));

    // a refund of one 10.00 EUR (before tax) unit takes back its 20 points, once
    String shopifyRefund = body("webhooks/post-shopify-refund.json");
    Map<String, String> refundHeaders = Map.of("content-type", "application/json", "x-shopify-topic",
        "refunds/create", "x-shopify-hmac-sha256", sign("shopify-secret-of-this-shop", shopifyRefund));
    var refund = platform.send("POST", "/v1/webhooks/shopify" + query, shopifyRefund, refundHeaders);
    assertEquals(200, refund.status(), refund.toString());
    assertEquals(70, admin.get(customer + "/balance").number("balance"), refund.toString());
    platform.send("POST", "/v1/webhooks/shopify" + query, shopifyRefund, refundHeaders);
    assertEquals(70, admin.get(customer + "/balance").number("balance"), "a redelivered refund takes nothing more");
  }

  /**
   * Issue 7: enrol through the public link, register a sale as the vendor, fetch the card link and download a PDF
   * whose QR code decodes to the vendor's customer URL.
   */
  @Test
  public void enrolSellAndDownloadTheCard() throws Exception {
    TestProgram vendor = TestProgram.create(backend(), ProgramKind.VENDOR);
    HttpCalls panel = new HttpCalls(server().baseUri(), vendor.key(Role.VENDOR));
    String slug = "bakker-" + vendor.id().value().substring(4).toLowerCase();
    var cardProgram = panel.put("/v1/card-program", "{\"slug\":\"" + slug + "\","
        + "\"customerBaseUrl\":\"https://bakker.example/klant\",\"welcomePoints\":50}");
    assertTrue(cardProgram.status() == 200 || cardProgram.status() == 201, cardProgram.toString());
    String enrolLink = cardProgram.string("enrolmentLink");
    assertTrue(enrolLink.startsWith(server().baseUri() + "/v1/enrol/" + slug), enrolLink);

    HttpCalls visitor = panel.as(null);
    var offer = visitor.get("/v1/enrol/" + slug);
    assertEquals(200, offer.status(), offer.toString());
    var enrolled = visitor.post("/v1/enrol/" + slug, "{\"email\":\"zoe@example.com\",\"name\":\"Zoë Ångström\"}");
    assertEquals(202, enrolled.status(), enrolled.toString());
    // the answer never carries the code (it is emailed): the vendor looks the new customer up
    String cardCode = panel.get("/v1/customers/"
        + nl.klantpunten.core.card.EnrolledCustomerId.of(vendor.id(), "zoe@example.com").value()).string("cardCode");

    var sale = panel.post("/v1/sales", "{\"customer\":\"" + cardCode + "\",\"saleAmount\":\"12.34\","
        + "\"note\":\"bread and 2 coffees\"}");
    assertTrue(sale.status() == 200 || sale.status() == 201, sale.toString());
    var found = panel.get("/v1/panel/cards/" + cardCode.replace("-", "").toLowerCase());
    assertEquals(200, found.status(), found.toString());
    String customerId = found.string("customerId");
    long balance = panel.get("/v1/customers/" + customerId + "/balance").number("balance");
    assertEquals(50 + 12, balance, "welcome points plus the sale at the default 1 point per 1.00 EUR");

    var card = panel.post("/v1/customers/" + customerId + "/card", null);
    assertEquals(201, card.status(), card.toString());
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(card.string("url")))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    PdfInspection inspection = new PdfInspection(pdf.body());
    assertTrue(inspection.text().contains(cardCode), inspection.text());
    Result qr = inspection.qrCode();
    assertEquals("https://bakker.example/klant/" + cardCode, qr.getText());
    assertEquals("M", qr.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
  }

  /**
   * Issue 4: quote → reserve → the order webhook says paid → committed, and the order earns on what was paid after
   * the points discount; another reservation cancelled gives its points back. (The expiry sweep needs a moving
   * clock: RedemptionOnLocalStackTest.)
   */
  @Test
  public void redeemPointsAtCheckout() {
    TestProgram shop = TestProgram.create(backend(), ProgramKind.SHOP);
    HttpCalls webshop = new HttpCalls(server().baseUri(), shop.key(Role.WEBSHOP));
    HttpCalls admin = webshop.as(shop.admin());
    assertEquals(200, admin.send("PUT", "/v1/settings", "{\"redemption\":{\"enabled\":true}}",
        Map.of("content-type", "application/json", "if-match", "\"0\"")).status());
    assertEquals(201, admin.put("/v1/customers/cust-1001", "{\"email\":\"anna@example.com\",\"name\":\"Anna\"}")
        .status());
    assertEquals(201, admin.post("/v1/customers/cust-1001/transactions", "{\"points\":2000,\"note\":\"gift\"}")
        .status());

    var quote = webshop.post("/v1/checkout/quote", body("checkout/post-quote.json"));
    assertEquals(200, quote.status(), quote.toString());
    assertEquals(true, quote.json().get("redeemable"));
    var reserved = webshop.send("POST", "/v1/checkout/redemptions", body("checkout/post-redemption.json"),
        Map.of("content-type", "application/json", "idempotency-key", "story-1001"));
    assertEquals(201, reserved.status(), reserved.toString());
    assertEquals("15.00", reserved.string("discount"));
    assertEquals(500, admin.get("/v1/customers/cust-1001/balance").number("balance"));

    var paid = webshop.post("/v1/webhooks/orders", """
        {"orderId": "1001", "status": "paid", "currency": "EUR", "orderRef": "webshop-order-1001",
         "customer": {"id": "cust-1001"},
         "lines": [{"productId": "mug-classic", "quantity": 2, "lineTotal": "25.00"},
                   {"productId": "tea-earl-grey", "quantity": 1, "lineTotal": "8.00", "discounted": true}],
         "totals": {"total": "18.00"}}""");
    assertEquals(200, paid.status(), paid.toString());
    assertEquals(18, paid.number("earned"), "33.00 of goods minus the 15.00 points discount, 1 point per euro");
    assertEquals("committed", webshop.get("/v1/checkout/redemptions/" + reserved.string("id")).string("status"));
    assertEquals(518, admin.get("/v1/customers/cust-1001/balance").number("balance"));

    var second = webshop.send("POST", "/v1/checkout/redemptions", "{\"customerId\":\"cust-1001\",\"points\":300,"
        + "\"orderRef\":\"webshop-order-1002\",\"lines\":[{\"productId\":\"mug\",\"quantity\":1,"
        + "\"unitPrice\":\"9.99\"}]}", Map.of("content-type", "application/json", "idempotency-key", "story-1002"));
    assertEquals(201, second.status(), second.toString());
    assertEquals(218, admin.get("/v1/customers/cust-1001/balance").number("balance"));
    var cancelled = webshop.post("/v1/checkout/redemptions/" + second.string("id") + "/cancel", null);
    assertEquals("released", cancelled.string("status"));
    assertEquals(518, admin.get("/v1/customers/cust-1001/balance").number("balance"), "the points are back");
  }

  private static String body(String event) {
    try {
      return (String) parse(Files.readString(EVENTS.resolve(event))).get("body");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> parse(String json) {
    try {
      return Json.readObject(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
