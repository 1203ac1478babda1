package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shopify orders paid in a presentment currency earn on their shop-money amounts; orders that really are in another
 * currency (and guest and test orders) are recorded as skipped, and the admin lists them with their reasons through
 * {@code GET /v1/orders?status=skipped}, paged and per program. 10 points per 5.00 EUR.
 */
@ExtendWith(TestBackend.class)
class SkippedOrdersTest {
  private static final String SECRET = "shpss_skipped_orders_0001";
  private Backend backend;
  private TestProgram program;
  private Deliveries shopify;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SECRET);
    WebhooksFunction function = new WebhooksFunction(backend, Duration.ZERO);
    shopify = new Deliveries(function, program.id());
    admin = new Http(function, program.admin());
  }

  private Http.Result deliver(Map<String, Object> order) {
    String body = json(order);
    return shopify.shopify("orders/paid", body, Deliveries.sign(SECRET, body));
  }

  /** A money set as Shopify sends it: shop money in EUR, presentment money in {@code presentment}. */
  private static Map<String, Object> set(String eur, String presentment, double rate) {
    String other = new BigDecimal(eur).multiply(BigDecimal.valueOf(rate)).setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
    return map("shop_money", map("amount", eur, "currency_code", "EUR"),
        "presentment_money", map("amount", other, "currency_code", presentment));
  }

  /**
   * The sample order as a customer paying in {@code presentment} sees it: the plain amounts and {@code currency} in
   * that currency (as the tester's payloads had them), every {@code *_set} carrying the shop's EUR.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> paidIn(String presentment, double rate, long orderId) {
    Map<String, Object> order = Payloads.shopifyOrder("paid", null);
    order.put("id", orderId);
    order.put("currency", presentment);
    order.put("presentment_currency", presentment);
    order.put("total_price_set", set((String) order.get("total_price"), presentment, rate));
    order.put("total_price", ((Map<String, Object>) ((Map<String, Object>) order.get("total_price_set"))
        .get("presentment_money")).get("amount"));
    List<Object> lines = new ArrayList<>();
    for (Object o : (List<Object>) order.get("line_items")) {
      Map<String, Object> line = new java.util.LinkedHashMap<>((Map<String, Object>) o);
      Map<String, Object> price = set((String) line.get("price"), presentment, rate);
      line.put("price_set", price);
      line.put("price", ((Map<String, Object>) price.get("presentment_money")).get("amount"));
      List<Object> taxes = new ArrayList<>();
      for (Object t : (List<Object>) line.get("tax_lines")) {
        Map<String, Object> tax = new java.util.LinkedHashMap<>((Map<String, Object>) t);
        Map<String, Object> taxSet = set((String) tax.get("price"), presentment, rate);
        tax.put("price_set", taxSet);
        tax.put("price", ((Map<String, Object>) taxSet.get("presentment_money")).get("amount"));
        taxes.add(tax);
      }
      line.put("tax_lines", taxes);
      List<Object> allocations = new ArrayList<>();
      for (Object a : (List<Object>) line.get("discount_allocations")) {
        Map<String, Object> allocation = new java.util.LinkedHashMap<>((Map<String, Object>) a);
        Map<String, Object> amountSet = set((String) allocation.get("amount"), presentment, rate);
        allocation.put("amount_set", amountSet);
        allocation.put("amount", ((Map<String, Object>) amountSet.get("presentment_money")).get("amount"));
        allocations.add(allocation);
      }
      line.put("discount_allocations", allocations);
      lines.add(line);
    }
    order.put("line_items", lines);
    return order;
  }

  @Test
  void anOrderPaidInAPresentmentCurrencyEarnsOnItsShopMoney() {
    var r = deliver(paidIn("USD", 1.08, 9_000_000_000_000_001L));
    assertEquals(200, r.status(), r.toString());
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(90, r.number("earned"), "45.00 EUR before tax, as for the same order paid in EUR");
  }

  @Test
  @SuppressWarnings("unchecked")
  void skippedOrdersAreListedWithTheirReasonsPagedAndPerProgram() {
    Map<String, Object> foreign = paidIn("GBP", 0.85, 9_000_000_000_000_002L);
    ((Map<String, Object>) ((Map<String, Object>) foreign.get("total_price_set")).get("shop_money"))
        .put("currency_code", "GBP"); // a shop whose own currency is not the program's
    assertEquals("CURRENCY_MISMATCH", deliver(foreign).string("reason"));
    Map<String, Object> guest = Payloads.shopifyOrder("paid", null);
    guest.put("id", 9_000_000_000_000_003L);
    guest.put("customer", null);
    assertEquals("GUEST_ORDER", deliver(guest).string("reason"));
    Map<String, Object> test = Payloads.shopifyOrder("paid", null);
    test.put("id", 9_000_000_000_000_004L);
    test.put("test", true);
    assertEquals("TEST_ORDER", deliver(test).string("reason"));
    assertEquals("earned", deliver(Payloads.shopifyOrder("paid", null)).string("result"), "not listed");

    Http.Result first = admin.get("/v1/orders?status=skipped&limit=2");
    assertEquals(200, first.status(), first.toString());
    assertEquals(2, first.items().size());
    String cursor = first.string("nextCursor");
    assertNotNull(cursor);
    Http.Result second = admin.get("/v1/orders?status=skipped&limit=2&cursor=" + cursor);
    assertEquals(1, second.items().size(), second.toString());
    assertNull(second.json().get("nextCursor"));
    List<Map<String, Object>> all = new ArrayList<>(first.items());
    all.addAll(second.items());
    Set<String> reasons = new HashSet<>();
    for (Map<String, Object> order : all) {
      assertEquals("shopify", order.get("source"));
      assertEquals("skipped", order.get("status"));
      reasons.add(order.get("orderId") + " " + order.get("reason"));
    }
    assertEquals(Set.of("9000000000000002 CURRENCY_MISMATCH", "9000000000000003 GUEST_ORDER",
        "9000000000000004 TEST_ORDER"), reasons);
    assertEquals("9000000000000004", first.items().get(0).get("orderId"), "newest first");

    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    Http otherAdmin = new Http(new WebhooksFunction(backend, Duration.ZERO), other.admin());
    assertEquals(List.of(), otherAdmin.get("/v1/orders?status=skipped").items(), "another program sees none");
    assertEquals(List.of(), otherAdmin.get("/v1/orders?status=skipped&cursor=" + cursor).items(),
        "a cursor never leads into another program");
  }

  @Test
  void onlyAnAdminListsAndOnlySkippedOrders() {
    assertEquals(403, admin.as(program.key(Role.WEBSHOP)).get("/v1/orders?status=skipped").status());
    Http.Result noStatus = admin.get("/v1/orders");
    assertEquals(400, noStatus.status());
    assertEquals("status", noStatus.problemField());
    assertEquals("status", admin.get("/v1/orders?status=earned").problemField());
    assertEquals("limit", admin.get("/v1/orders?status=skipped&limit=101").problemField());
    assertEquals("cursor", admin.get("/v1/orders?status=skipped&cursor=bm90LWEtY3Vyc29y").problemField());
  }
}
