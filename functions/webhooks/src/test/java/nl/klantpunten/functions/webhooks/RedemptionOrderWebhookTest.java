package nl.klantpunten.functions.webhooks;

import static nl.klantpunten.functions.webhooks.Payloads.json;
import static nl.klantpunten.functions.webhooks.Payloads.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.functions.checkout.CheckoutFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders that used points at checkout: the shop reserves through the checkout function, then the order webhook
 * carrying the same orderRef commits (paid), releases (cancelled before paid) or returns (cancelled/refunded after
 * paid) the points, and the order earns on what was paid after the points discount. The program earns 10 points
 * per 5.00 EUR; the order's lines make 20.00 EUR (40 points); the reservation is 500 points = 5.00 EUR, so the order
 * earns on 15.00: 30 points.
 */
@ExtendWith(TestBackend.class)
class RedemptionOrderWebhookTest {
  private static final CustomerId ANNA = new CustomerId("c-1");
  private Backend backend;
  private TestProgram program;
  private Http webhook;
  private Http checkout;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    TestSettings.apply(backend, program.id(), "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}}, "
        + "\"redemption\": {\"enabled\": true}}");
    webhook = new Http(new WebhooksFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
    checkout = new Http(new CheckoutFunction(backend, Duration.ZERO), program.key(Role.WEBSHOP));
    backend.stores().customers().save(program.id(), ANNA,
        CustomerDetails.parse("anna@example.com", "Anna", null), Instant.now());
    backend.stores().ledger().record(program.id(), new BalanceChange(ANNA, 1_000, EntryKind.ADJUST, Reason.MANUAL,
        "seed", null, "test", null));
  }

  private String reserve(String orderRef) {
    Http.Result r = checkout.send("POST", "/v1/checkout/redemptions", "{\"customerId\":\"c-1\",\"points\":500,"
        + "\"orderRef\":\"" + orderRef + "\",\"lines\":[{\"productId\":\"mug\",\"quantity\":2,\"unitPrice\":\"6.17\"},"
        + "{\"productId\":\"tea\",\"quantity\":1,\"unitPrice\":\"8.00\"}]}", Map.of("Idempotency-Key", orderRef));
    assertEquals(201, r.status(), r.toString());
    return r.string("id");
  }

  private Http.Result order(String id, String status, String orderRef, Object... refunds) {
    Map<String, Object> order = Payloads.generic(id, status);
    order.put("orderRef", orderRef);
    order.put("refunds", List.of(refunds));
    Http.Result r = webhook.post("/v1/webhooks/orders", json(order));
    assertEquals(200, r.status(), r.toString());
    return r;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> redemption(Http.Result r) {
    return (Map<String, Object>) r.json().get("redemption");
  }

  private long balance() {
    return backend.stores().ledger().balance(program.id(), ANNA).orElseThrow().points();
  }

  private List<LedgerEntry> entries(EntryKind kind) {
    return backend.stores().ledger().entries(program.id(), ANNA, new EntryQuery(100, null, null, null, null, false))
        .items().stream().filter(e -> e.kind() == kind).toList();
  }

  private String status(String redemptionId) {
    return checkout.get("/v1/checkout/redemptions/" + redemptionId).string("status");
  }

  @Test
  void aPaidOrderCommitsItsReservationAndEarnsOnWhatWasPaidAfterTheDiscount() {
    String id = reserve("chk-1");
    assertEquals(500, balance());

    Http.Result paid = order("2001", "paid", "chk-1");
    assertEquals("earned", paid.string("result"));
    assertEquals(30, paid.number("earned"), "15.00 paid after the 5.00 points discount: 30 points, not 40");
    assertEquals(Map.of("result", "committed", "id", id, "status", "committed", "points", 500, "discount", "5.00"),
        redemption(paid));
    assertEquals("committed", status(id));
    assertEquals(530, balance());

    Http.Result again = order("2001", "paid", "chk-1");
    assertEquals("unchanged", again.string("result"));
    assertEquals("unchanged", redemption(again).get("result"));
    assertEquals(530, balance(), "a redelivery moves nothing");
    Http.Result cancelAtCheckout = checkout.post("/v1/checkout/redemptions/" + id + "/cancel", null);
    assertEquals(409, cancelAtCheckout.status(), "release after commit");
  }

  @Test
  void aCancelledOrderReleasesItsReservation() {
    String id = reserve("chk-2");
    order("2002", "created", "chk-2");
    assertEquals("reserved", status(id), "created is not paid");
    Http.Result cancelled = order("2002", "cancelled", "chk-2");
    assertEquals("released", redemption(cancelled).get("result"));
    assertEquals("released", status(id));
    assertEquals(1_000, balance(), "the points are back");
    Http.Result paidLate = order("2002", "paid", "chk-2");
    assertEquals("alreadyReleased", redemption(paidLate).get("result"));
    assertEquals("0.00", redemption(paidLate).get("discount"));
    Http.Result commit = checkout.post("/v1/checkout/redemptions/" + id + "/commit", null);
    assertEquals(409, commit.status(), "commit after release");
    assertEquals("REDEMPTION_RELEASED", commit.string("code"));
  }

  @Test
  void aRefundReversesTheEarnedPointsAndReturnsTheRedeemedOnesOnceWhateverTheOrderOfEvents() {
    String first = reserve("chk-3");
    order("2003", "paid", "chk-3");
    assertEquals(530, balance());
    Http.Result refunded = order("2003", "refunded", "chk-3", refund("r-1", "25.19"));
    assertEquals(30, refunded.number("reversed"));
    assertEquals("returned", redemption(refunded).get("result"));
    assertEquals(1_000, balance(), "earned 30 taken back, redeemed 500 returned");
    Http.Result cancelledAfter = order("2003", "cancelled", "chk-3", refund("r-1", "25.19"));
    assertEquals("unchanged", redemption(cancelledAfter).get("result"));
    assertEquals(1_000, balance(), "the cancel after the refund moves nothing");
    assertEquals("returned", status(first));

    String second = reserve("chk-4");
    order("2004", "paid", "chk-4");
    Http.Result cancelled = order("2004", "cancelled", "chk-4");
    assertEquals("returned", redemption(cancelled).get("result"));
    Http.Result refundAfter = order("2004", "refunded", "chk-4", refund("r-9", "25.19"));
    assertEquals("unchanged", redemption(refundAfter).get("result"));
    assertEquals(0, refundAfter.number("reversed"));
    assertEquals(1_000, balance());
    assertEquals("returned", status(second));
    assertEquals(2, entries(EntryKind.RELEASE).size(), "one return per redemption");
  }

  @Test
  void whenTheProgramKeepsRedeemedPointsARefundOnlyReversesTheEarnedOnes() {
    TestSettings.apply(backend, program.id(), "{\"redemption\": {\"refundReturnsRedeemed\": false}}");
    String id = reserve("chk-5");
    order("2005", "paid", "chk-5");
    Http.Result refunded = order("2005", "refunded", "chk-5", refund("r-1", "25.19"));
    assertEquals(30, refunded.number("reversed"));
    assertEquals("unchanged", redemption(refunded).get("result"));
    assertEquals("committed", status(id));
    assertEquals(500, balance(), "the 500 redeemed points stay spent");
  }

  @Test
  void anOrderOfAnotherCustomerNeverMovesTheReservedPoints() {
    String id = reserve("chk-6");
    Map<String, Object> order = Payloads.generic("2006", "paid");
    order.put("customer", Payloads.map("id", "c-2", "email", "ben@example.com", "name", "Ben"));
    order.put("orderRef", "chk-6");
    Http.Result r = webhook.post("/v1/webhooks/orders", json(order));
    assertEquals(200, r.status(), r.toString());
    assertEquals("customerMismatch", redemption(r).get("result"));
    assertEquals(40, r.number("earned"), "Ben earns on the full amount: the discount was Anna's");
    assertEquals("reserved", status(id));
    assertEquals(500, balance());
  }

  @Test
  void anOrderRefNobodyReservedEarnsAsUsual() {
    Http.Result r = order("2007", "paid", "never-reserved");
    assertEquals(40, r.number("earned"));
    assertEquals(Map.of("result", "none", "discount", "0.00"), redemption(r));
  }

  @Test
  void aBadOrderRefIsNamed() {
    Map<String, Object> order = Payloads.generic("2008", "paid");
    order.put("orderRef", "chk#8");
    Http.Result r = webhook.post("/v1/webhooks/orders", json(order));
    assertEquals(400, r.status());
    assertEquals("orderRef", r.problemField());
    assertEquals(1_000, balance());
  }
}
