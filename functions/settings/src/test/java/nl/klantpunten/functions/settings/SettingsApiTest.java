package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET/PUT /v1/settings through API Gateway events, the real handler and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class SettingsApiTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  private Http.Result put(String ifMatch, String body) {
    return admin.send("PUT", "/v1/settings", body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> earning(Http.Result r) {
    return (Map<String, Object>) r.json().get("earning");
  }

  @Test
  void testOrdersAndGiftCardsAreOffByDefaultAndSavedLikeAnyEarningSetting() {
    Map<String, Object> defaults = earning(admin.get("/v1/settings"));
    assertEquals(false, defaults.get("testOrders"));
    assertEquals(false, defaults.get("giftCards"));
    var wrong = put("\"0\"", "{\"earning\": {\"testOrders\": \"yes\", \"giftCards\": 1}}");
    assertEquals(400, wrong.status(), wrong.toString());
    assertTrue(wrong.toString().contains("earning.giftCards") && wrong.toString().contains("earning.testOrders"),
        wrong.toString());
    var saved = put("\"0\"", "{\"earning\": {\"testOrders\": true, \"giftCards\": true}}");
    assertEquals(200, saved.status(), saved.toString());
    assertEquals("\"1\"", saved.header("etag"));
    Map<String, Object> read = earning(admin.get("/v1/settings"));
    assertEquals(true, read.get("testOrders"));
    assertEquals(true, read.get("giftCards"));
    assertEquals(412, put("\"0\"", "{\"earning\": {\"giftCards\": false}}").status(), "the ETag guards them too");
  }

  @Test
  void neverSavedSettingsAreTheDefaultsAtVersionZero() {
    var get = admin.get("/v1/settings");
    assertEquals(200, get.status(), get.toString());
    assertEquals("\"0\"", get.header("etag"));
    assertEquals(0, get.number("version"));
    Map<String, Object> e = earning(get);
    assertEquals(true, e.get("enabled"));
    assertEquals(Map.of("points", 1, "amount", "1.00", "currency", "EUR"), e.get("ratio"));
    assertEquals("paid", e.get("earnOn"));
    assertEquals(false, e.get("includeTax"));
    assertEquals(false, e.get("includeShipping"));
    assertEquals(true, e.get("includeDiscountedLines"));
    assertEquals("clamp", e.get("negativeBalance"));
    assertEquals(Map.of("registration", 0, "newsletterSignup", 0, "review", 0, "reviewMode", "each"),
        e.get("actions"));
  }

  @Test
  void aPutWithTheCurrentEtagSavesTheNextVersion() {
    var saved = put("\"0\"", """
        {"earning": {"ratio": {"points": 10, "amount": "5.00"}, "earnOn": "completed", "includeShipping": true,
         "actions": {"registration": 50, "review": 10, "reviewMode": "once"}, "negativeBalance": "allowNegative"}}
        """);
    assertEquals(200, saved.status(), saved.toString());
    assertEquals("\"1\"", saved.header("etag"));
    var get = admin.get("/v1/settings");
    assertEquals("\"1\"", get.header("etag"));
    Map<String, Object> e = earning(get);
    assertEquals(Map.of("points", 10, "amount", "5.00", "currency", "EUR"), e.get("ratio"));
    assertEquals("completed", e.get("earnOn"));
    assertEquals(true, e.get("includeShipping"));
    assertEquals(false, e.get("includeTax"), "left out: kept");
    assertEquals("allowNegative", e.get("negativeBalance"));
    assertEquals(Map.of("registration", 50, "newsletterSignup", 0, "review", 10, "reviewMode", "once"),
        e.get("actions"));
    assertEquals(get.json().get("updatedBy") != null, true);
  }

  @Test
  void aGetsBodyCanBeSentBackAsItIs() {
    var get = admin.get("/v1/settings");
    var again = put(get.header("etag"), get.response().body());
    assertEquals(200, again.status(), again.toString());
    assertEquals("\"1\"", again.header("etag"));
  }

  @Test
  void withoutIfMatchNothingIsWritten() {
    var refused = put(null, "{\"earning\": {\"enabled\": false}}");
    assertEquals(428, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals("\"0\"", admin.get("/v1/settings").header("etag"));
    assertEquals(true, earning(admin.get("/v1/settings")).get("enabled"));
    assertEquals(428, put("*", "{\"earning\": {\"enabled\": false}}").status(), "* would overwrite blindly");
  }

  @Test
  void aStaleEtagIsRefusedWith412AndChangesNothing() {
    assertEquals(200, put("\"0\"", "{\"earning\": {\"ratio\": {\"points\": 7}}}").status());
    var stale = put("\"0\"", "{\"earning\": {\"enabled\": false}}");
    assertEquals(412, stale.status(), stale.toString());
    assertEquals("PRECONDITION_FAILED", stale.string("code"));
    var get = admin.get("/v1/settings");
    assertEquals("\"1\"", get.header("etag"));
    assertEquals(true, earning(get).get("enabled"));
    assertEquals(412, put("W/\"1\"", "{\"earning\": {\"enabled\": false}}").status(), "weak tags never match");
    assertEquals(200, put("\"5\", \"1\"", "{\"earning\": {\"enabled\": false}}").status(), "any listed tag");
  }

  @Test
  void ofTwoAdminsWritingTheSameVersionAtOnceExactlyOneWins() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      int points = i + 1;
      results.add(pool.submit(() -> {
        start.await();
        return put("\"0\"", "{\"earning\": {\"ratio\": {\"points\": " + points + "}}}").status();
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : results) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
    assertEquals("\"1\"", admin.get("/v1/settings").header("etag"));
  }

  @Test
  void everyBrokenRuleIsNamedAndNothingIsWritten() {
    var bad = put("\"0\"", """
        {"earning": {"ratio": {"points": 0, "amount": "5.001"}, "earnOn": "shipped", "includeTax": "no",
         "actions": {"review": -1, "reviewMode": "sometimes"}, "colour": "red"}}
        """);
    assertEquals(400, bad.status(), bad.toString());
    assertEquals("application/problem+json", bad.contentType());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) bad.json().get("errors");
    assertEquals(List.of("earning.colour", "earning.ratio.points", "earning.ratio.amount", "earning.earnOn",
            "earning.includeTax", "earning.actions.review", "earning.actions.reviewMode"),
        errors.stream().map(f -> f.get("field")).toList());
    assertEquals("\"0\"", admin.get("/v1/settings").header("etag"));
    assertEquals(400, put("\"0\"", "{not json").status());
    assertEquals("body", put("\"0\"", "[1]").problemField());
    assertEquals("If-Match", put("version 3", "{}").problemField());
  }

  @Test
  void aZeroDecimalCurrencyTakesWholeAmounts() {
    TestProgram yen = TestProgram.create(backend, ProgramKind.SHOP, Currency.getInstance("JPY"));
    Http yenAdmin = new Http(new SettingsFunction(backend), yen.admin());
    var fraction = yenAdmin.send("PUT", "/v1/settings", "{\"earning\": {\"ratio\": {\"amount\": \"100.5\"}}}",
        Map.of("If-Match", "\"0\""));
    assertEquals(400, fraction.status());
    assertEquals("earning.ratio.amount", fraction.problemField());
    var whole = yenAdmin.send("PUT", "/v1/settings", "{\"earning\": {\"ratio\": {\"amount\": \"100\"}}}",
        Map.of("If-Match", "\"0\""));
    assertEquals(200, whole.status(), whole.toString());
    assertEquals(Map.of("points", 1, "amount", "100", "currency", "JPY"), earning(whole).get("ratio"));
  }

  @Test
  void onlyAdminsMayReadOrChangeSettings() {
    for (Role role : List.of(Role.WEBSHOP, Role.VENDOR)) {
      Http other = admin.as(program.key(role));
      assertEquals(403, other.get("/v1/settings").status());
      assertEquals(403, other.send("PUT", "/v1/settings", "{}", Map.of("If-Match", "\"0\"")).status());
    }
    assertEquals(401, admin.as(null).get("/v1/settings").status());
  }

  @Test
  void programsDoNotSeeEachOthersSettings() {
    assertEquals(200, put("\"0\"", "{\"earning\": {\"enabled\": false}}").status());
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    var theirs = admin.as(other.admin()).get("/v1/settings");
    assertEquals("\"0\"", theirs.header("etag"));
    assertEquals(true, earning(theirs).get("enabled"));
  }

  @Test
  void webhookSecretsAreWriteOnly() {
    String secret = "wc-secret-0123456789-abcdef";
    var set = admin.put("/v1/integrations/woocommerce", "{\"secret\": \"" + secret + "\"}");
    assertEquals(200, set.status(), set.toString());
    assertEquals(true, set.json().get("configured"));
    assertEquals("/v1/webhooks/woocommerce?program=" + program.id().value(), set.string("webhookPath"));
    assertFalse(set.response().body().contains(secret));
    var get = admin.get("/v1/integrations/woocommerce");
    assertEquals(true, get.json().get("configured"));
    assertFalse(get.response().body().contains(secret));
    assertFalse(admin.get("/v1/settings").response().body().contains(secret));
    var shopify = admin.get("/v1/integrations/shopify");
    assertEquals(false, shopify.json().get("configured"));
    assertNull(shopify.json().get("updatedAt"));
    assertEquals(secret, backend.stores().integrations()
        .secret(program.id(), nl.klantpunten.core.webhook.Platform.WOOCOMMERCE).orElseThrow());
  }

  @Test
  void webhookSecretRules() {
    assertEquals("secret", admin.put("/v1/integrations/shopify", "{\"secret\": \"short\"}").problemField());
    assertEquals("secret", admin.put("/v1/integrations/shopify", "{}").problemField());
    assertEquals("secret", admin.put("/v1/integrations/shopify", "{\"secret\": \" padded-secret-value \"}")
        .problemField());
    assertEquals("extra", admin.put("/v1/integrations/shopify", "{\"secret\": \"0123456789abcdef\", \"extra\": 1}")
        .problemField());
    assertEquals(404, admin.put("/v1/integrations/magento", "{\"secret\": \"0123456789abcdef\"}").status());
    assertEquals(false, admin.get("/v1/integrations/shopify").json().get("configured"));
    assertEquals(403, admin.as(program.key(Role.WEBSHOP)).put("/v1/integrations/shopify",
        "{\"secret\": \"0123456789abcdef\"}").status());
  }

  @Test
  void productRulesCanBeSetReadReplacedAndRemoved() {
    String path = "/v1/products/sku-42/earning";
    assertEquals(404, admin.get(path).status());
    var created = admin.put(path, "{\"mode\": \"fixed\", \"value\": 5}");
    assertEquals(201, created.status(), created.toString());
    var get = admin.get(path);
    assertEquals("sku-42", get.string("productId"));
    assertEquals("fixed", get.string("mode"));
    assertEquals(5, get.number("value"));
    var replaced = admin.put(path, "{\"mode\": \"percent\", \"value\": \"2.5\"}");
    assertEquals(200, replaced.status(), replaced.toString());
    assertEquals("percent", admin.get(path).string("mode"));
    assertEquals("2.5", admin.get(path).json().get("value").toString());
    assertEquals(204, admin.delete(path).status());
    assertEquals(404, admin.get(path).status());
    assertEquals(404, admin.delete(path).status());
  }

  @Test
  void productRuleRules() {
    assertEquals("value", admin.put("/v1/products/p/earning", "{\"mode\": \"fixed\", \"value\": 1.5}")
        .problemField());
    assertEquals("mode", admin.put("/v1/products/p/earning", "{\"mode\": \"bonus\", \"value\": 1}").problemField());
    assertEquals("productId", admin.put("/v1/products/a%23b/earning", "{\"mode\": \"fixed\", \"value\": 1}")
        .problemField());
    assertEquals(404, admin.get("/v1/products/p/earning").status(), "nothing was written");
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    assertEquals(201, admin.put("/v1/products/shared-id/earning", "{\"mode\": \"fixed\", \"value\": 1}").status());
    assertEquals(404, admin.as(other.admin()).get("/v1/products/shared-id/earning").status());
    assertEquals(404, admin.as(other.admin()).delete("/v1/products/shared-id/earning").status());
    assertEquals(200, admin.get("/v1/products/shared-id/earning").status());
    assertTrue(admin.as(program.key(Role.VENDOR)).get("/v1/products/shared-id/earning").status() == 403);
  }
}
