package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static nl.klantpunten.functions.webhooks.Payloads.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With {@code includeDiscountedLines: false} a line is left out only when a discount other than the program's own
 * points discount touched it: the points coupon (WooCommerce coupon, Shopify discount code {@code klantpunten…})
 * never makes a line "discounted". 10 points per 5.00 EUR.
 */
@ExtendWith(TestBackend.class)
class DiscountedLinesWebhookTest {
  private static final String SECRET = "discounted_lines_secret_01";
  private Deliveries deliveries;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"},"
        + " \"includeDiscountedLines\": false}}");
    TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, SECRET);
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SECRET);
    deliveries = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
  }

  private Http.Result woo(Map<String, Object> order) {
    String body = json(order);
    return deliveries.woo("order.updated", body, Deliveries.sign(SECRET, body));
  }

  private Http.Result shopify(Map<String, Object> order) {
    String body = json(order);
    return deliveries.shopify("orders/paid", body, Deliveries.sign(SECRET, body));
  }

  /** WooCommerce order with mugs and tea of 20.00 each before coupons, after coupons as given. */
  private static Map<String, Object> wooOrder(long id, String mugsTotal, String teaTotal, List<Object> coupons) {
    Map<String, Object> order = Payloads.wooOrder(id, "processing");
    order.put("line_items", List.of(
        map("id", 11, "name", "Mug", "product_id", 301, "quantity", 2, "subtotal", "20.00", "total", mugsTotal,
            "total_tax", "0.00"),
        map("id", 12, "name", "Tea", "product_id", 302, "quantity", 1, "subtotal", "20.00", "total", teaTotal,
            "total_tax", "0.00")));
    order.put("coupon_lines", coupons);
    return order;
  }

  @Test
  void aWooCommerceOrderPaidPartlyWithPointsEarnsOnEveryLine() {
    var r = woo(wooOrder(6001, "18.00", "18.00",
        List.of(map("id", 41, "code", "klantpunten-rdm_01abc", "discount", "4.00", "discount_tax", "0.00"))));
    assertEquals("earned", r.string("result"), r.toString());
    assertEquals(72, r.number("earned"), "36.00 paid: no line is discounted by the points coupon");
  }

  @Test
  void anotherCouponStillMakesItsLinesDiscountedBesideThePointsCoupon() {
    var onlyOther = woo(wooOrder(6002, "15.00", "20.00",
        List.of(map("id", 41, "code", "spring", "discount", "5.00", "discount_tax", "0.00"))));
    assertEquals(40, onlyOther.number("earned"), "the mugs are left out, the tea's 20.00 earns");

    var both = woo(wooOrder(6003, "13.00", "18.00", List.of(
        map("id", 41, "code", "spring", "discount", "5.00", "discount_tax", "0.00"),
        map("id", 42, "code", "KLANTPUNTEN-rdm_01xyz", "discount", "4.00", "discount_tax", "0.00"))));
    assertEquals(36, both.number("earned"), "mugs left out (spring), tea's 18.00 earns");
  }

  @Test
  void aShopifyLineWhoseOnlyDiscountIsThePointsDiscountCodeCounts() {
    Map<String, Object> welcome = Payloads.shopifyOrder("paid", null);
    welcome.put("discount_applications", List.of(map("type", "discount_code", "code", "WELCOME",
        "value", "6.05", "value_type", "fixed_amount", "allocation_method", "across", "target_type", "line_item")));
    assertEquals(40, shopify(welcome).number("earned"), "the engraving (WELCOME) is left out; posters earn");

    Map<String, Object> points = Payloads.shopifyOrder("paid", null);
    points.put("id", Payloads.SHOPIFY_ORDER + 1);
    points.put("discount_applications", List.of(map("type", "discount_code", "code", "klantpunten-rdm_01abc",
        "value", "6.05", "value_type", "fixed_amount", "allocation_method", "across", "target_type", "line_item")));
    assertEquals(90, shopify(points).number("earned"), "paid partly with points: every line earns");
  }
}
