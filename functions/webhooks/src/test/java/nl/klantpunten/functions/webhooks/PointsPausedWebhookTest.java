package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import nl.klantpunten.core.earning.OrderState;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.webhook.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order webhooks while the program's points are off ({@code points.enabled: false}): the platform always gets its
 * 200, the order is remembered as skipped with reason POINTS_DISABLED and no point moves; an order that earned
 * before the pause still gives its points back when refunded.
 */
@ExtendWith(TestBackend.class)
class PointsPausedWebhookTest {
  private static final CustomerId ANNA = new CustomerId("c-1");
  private static final String SECRET = "shpss_5e3c0a3f8b6d4e2a9c7b1d0f";
  private Backend backend;
  private TestProgram program;
  private Http shop;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}}");
    shop = new Http(new WebhooksFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
  }

  private void points(boolean enabled) {
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": " + enabled + "}}");
  }

  private Http.Result order(String id, String status) {
    return shop.post("/v1/webhooks/orders", json(Payloads.generic(id, status)));
  }

  private OrderState state(String key) {
    return backend.stores().orders().find(program.id(), key).orElse(null);
  }

  private int entries(CustomerId customer) {
    return backend.stores().ledger().entries(program.id(), customer,
        new EntryQuery(100, null, null, null, null, true)).items().size();
  }

  @Test
  void aPausedProgramAnswers200AndRecordsTheOrderAsSkipped() {
    points(false);
    var r = order("2001", "paid");
    assertEquals(200, r.status(), r.toString());
    assertEquals("skipped", r.string("result"));
    assertEquals("POINTS_DISABLED", r.string("skipped"));
    assertEquals("POINTS_DISABLED", r.string("reason"));
    assertEquals(0, r.number("earned"));
    assertEquals(List.of(), r.json().get("entryIds"));
    OrderState state = state("api:2001");
    assertEquals(OrderState.Status.SKIPPED, state.status());
    assertEquals("POINTS_DISABLED", state.reason());
    assertTrue(backend.stores().ledger().balance(program.id(), ANNA).isEmpty(), "no balance, no customer created");
    assertTrue(backend.stores().customers().find(program.id(), ANNA).isEmpty());

    points(true);
    var redelivered = order("2001", "completed");
    assertEquals("unchanged", redelivered.string("result"));
    assertEquals("SKIPPED_BEFORE:POINTS_DISABLED", redelivered.string("reason"),
        "an order seen during the pause stays skipped, like one seen while earning was off");
    var fresh = order("2002", "paid");
    assertEquals("earned", fresh.string("result"), fresh.toString());
    assertEquals(40, fresh.number("earned"));
  }

  @Test
  void anOrderEarnedBeforeThePauseIsStillReversedWhenRefunded() {
    assertEquals("earned", order("2003", "paid").string("result"));
    points(false);
    var refunded = order("2003", "refunded");
    assertEquals(200, refunded.status(), refunded.toString());
    assertEquals("reversed", refunded.string("result"));
    assertEquals(40, refunded.number("reversed"));
    assertEquals(0, backend.stores().ledger().balance(program.id(), ANNA).orElseThrow().points());
    assertEquals(2, entries(ANNA));
  }

  @Test
  void aSignedPlatformDeliveryIsAlsoAcknowledgedAndSkipped() {
    TestSettings.secret(backend, program.id(), Platform.SHOPIFY, SECRET);
    points(false);
    Deliveries shopify = new Deliveries(new WebhooksFunction(backend, Duration.ZERO), program.id());
    String body = json(Payloads.shopifyOrder("paid", null));
    var r = shopify.shopify("orders/paid", body, Deliveries.sign(SECRET, body));
    assertEquals(200, r.status(), r.toString());
    assertEquals("skipped", r.string("result"));
    assertEquals("POINTS_DISABLED", r.string("skipped"));
    CustomerId bob = new CustomerId(String.valueOf(Payloads.SHOPIFY_CUSTOMER));
    assertTrue(backend.stores().ledger().balance(program.id(), bob).isEmpty());
    assertEquals(OrderState.Status.SKIPPED, state("shopify:" + Payloads.SHOPIFY_ORDER).status());
  }
}
