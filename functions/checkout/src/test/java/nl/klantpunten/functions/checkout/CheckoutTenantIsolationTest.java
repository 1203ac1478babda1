package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.quoteBody;
import static nl.klantpunten.functions.checkout.CheckoutFixture.reserveBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.core.auth.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Program B's keys never reach program A's customers or redemptions: every checkout route, aimed by each of B's
 * roles at A's customer, A's redemption ids and A's Idempotency-Key, gets 404 (403 where the role may not call the
 * route), and A's balance, ledger and redemptions stay exactly as they were. A route added without a case fails.
 */
@ExtendWith(TestBackend.class)
class CheckoutTenantIsolationTest {
  private static final String MUG = line("mug", 1, "50.00", false);
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    CASES.put("POST /v1/checkout/quote", (b, a) -> List.of(
        b.post("/v1/checkout/quote", quoteBody(a.customer(), 100L, MUG))));
    CASES.put("POST /v1/checkout/redemptions", (b, a) -> List.of(
        b.send("POST", "/v1/checkout/redemptions", reserveBody(a.customer(), 100, "b-order", MUG),
            Map.of("Idempotency-Key", "b-key")),
        b.send("POST", "/v1/checkout/redemptions", a.firstBody(), Map.of("Idempotency-Key", a.idempotencyKey()))));
    CASES.put("GET /v1/checkout/redemptions/{redemptionId}", (b, a) -> List.of(
        b.get("/v1/checkout/redemptions/" + a.reserved()),
        b.get("/v1/checkout/redemptions/" + a.committed())));
    CASES.put("POST /v1/checkout/redemptions/{redemptionId}/commit", (b, a) -> List.of(
        b.post("/v1/checkout/redemptions/" + a.reserved() + "/commit", null),
        b.post("/v1/checkout/redemptions/" + a.committed() + "/commit", null)));
    CASES.put("POST /v1/checkout/redemptions/{redemptionId}/cancel", (b, a) -> List.of(
        b.post("/v1/checkout/redemptions/" + a.reserved() + "/cancel", null),
        b.post("/v1/checkout/redemptions/" + a.committed() + "/cancel", null)));
  }

  @FunctionalInterface
  interface Case {
    List<Http.Result> send(Http b, Ids a);
  }

  /** What B knows (or guesses) of A. */
  record Ids(String customer, String reserved, String committed, String idempotencyKey, String firstBody) {}

  private CheckoutFixture a;
  private CheckoutFixture b;
  private Ids ids;

  @BeforeEach
  void setUp(Backend backend) {
    a = new CheckoutFixture(backend);
    b = new CheckoutFixture(backend);
    a.customer("a-customer", 1_000);
    String firstBody = reserveBody("a-customer", 200, "a-order-1", MUG);
    Http.Result first = a.reserve("a-key-1", firstBody);
    assertEquals(201, first.status());
    String committed = a.reserved("a-customer", 300, "a-order-2");
    assertEquals(200, a.shop.post("/v1/checkout/redemptions/" + committed + "/commit", null).status());
    ids = new Ids("a-customer", first.string("id"), committed, "a-key-1", firstBody);
  }

  private List<Object> aState() {
    return List.of(a.balance("a-customer"), a.entries("a-customer"),
        a.shop.get("/v1/checkout/redemptions/" + ids.reserved()).json(),
        a.shop.get("/v1/checkout/redemptions/" + ids.committed()).json());
  }

  @Test
  void everyServedRouteHasAnIsolationCase() {
    Set<String> served = a.function.routes().stream().map(Route::routeKey)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(served, new TreeSet<>(CASES.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> programBCannotReachProgramAsRedemptions() {
    return b.function.routes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () -> {
      Case requests = CASES.get(route.routeKey());
      if (requests == null) {
        fail("no tenant-isolation case for " + route.routeKey());
      }
      List<Object> before = aState();
      for (Role role : Role.values()) {
        Http bAs = b.shop.as(b.program.key(role));
        int expected = route.roles().contains(role) ? 404 : 403;
        for (Http.Result result : requests.send(bAs, ids)) {
          assertEquals(expected, result.status(), role + " of B on " + route.routeKey() + ": " + result);
          assertEquals("application/problem+json", result.contentType());
        }
      }
      assertEquals(before, aState(), "A's balance, ledger and redemptions are unchanged");
    }));
  }

  @Test
  void theSameCustomerIdAndOrderRefInTwoProgramsAreTwoDifferentThings() {
    b.customer("a-customer", 500);
    Http.Result sameKeySameBody = b.reserve(ids.idempotencyKey(), ids.firstBody());
    assertEquals(201, sameKeySameBody.status(), "A's key and A's order mean nothing in B: " + sameKeySameBody);
    assertNotEquals(ids.reserved(), sameKeySameBody.string("id"));
    assertEquals(300, b.balance("a-customer"));
    assertEquals(500, a.balance("a-customer"));
    assertEquals(404, b.shop.get("/v1/checkout/redemptions/" + ids.reserved()).status());
  }
}
