package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.quoteBody;
import static nl.klantpunten.functions.checkout.CheckoutFixture.reserveBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quote, reserve, commit and cancel through API Gateway events, the real handler and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class CheckoutHttpTest {

  @Test
  void aQuoteShowsTheBalanceTheEligibleAmountAndTheLargestRedemptionAndWritesNothing(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend,
        "{\"redemption\": {\"enabled\": true, \"excludeDiscounted\": true, \"excludeProducts\": [\"gift-card\"]}}");
    f.customer("anna", 1_234);
    List<LedgerEntry> before = f.entries("anna");

    Http.Result q = f.shop.post("/v1/checkout/quote", quoteBody("anna", 350L, line("mug", 2, "12.50", false),
        line("tea", 1, "8.00", true), line("gift-card", 1, "25.00", false)));

    assertEquals(200, q.status(), q.toString());
    Map<String, Object> json = q.json();
    assertEquals(1_234L, q.number("balance"));
    assertEquals("58.00", json.get("cartAmount"));
    assertEquals("25.00", json.get("eligibleAmount"), "not the discounted tea, not the gift card");
    assertEquals(1_200L, q.number("maxPoints"));
    assertEquals("12.00", json.get("maxDiscount"));
    assertEquals(Map.of("requestedPoints", 350, "points", 300, "discount", "3.00", "adjusted", true),
        json.get("requested"));
    assertEquals(true, json.get("redeemable"));
    assertEquals(List.of(), json.get("reasons"));
    assertEquals(Map.of("points", 100, "amount", "1.00", "currency", "EUR"), json.get("conversion"));
    assertEquals(before, f.entries("anna"), "a quote writes nothing");
    assertEquals(1_234, f.balance("anna"));
  }

  @Test
  void aQuoteNamesTheReasonsNothingCanBeRedeemed(Backend backend) {
    CheckoutFixture off = new CheckoutFixture(backend, "{\"redemption\": {\"enabled\": false}}");
    off.customer("anna", 50);
    Http.Result q = off.shop.post("/v1/checkout/quote", quoteBody("anna", null, line("mug", 1, "0.50", false)));
    assertEquals(200, q.status(), q.toString());
    assertEquals(List.of("PROGRAM_DISABLED", "DISCOUNT_BELOW_ONE_STEP", "INSUFFICIENT_BALANCE"),
        q.json().get("reasons"));
    assertEquals(false, q.json().get("redeemable"));
    assertEquals(0L, q.number("maxPoints"));

    CheckoutFixture strict = new CheckoutFixture(backend,
        "{\"redemption\": {\"enabled\": true, \"minBalance\": 500, \"minCartAmount\": \"25.00\"}}");
    strict.customer("ben", 400);
    Http.Result s = strict.shop.post("/v1/checkout/quote", quoteBody("ben", null, line("mug", 1, "20.00", false)));
    assertEquals(List.of("BELOW_MIN_BALANCE", "CART_BELOW_MINIMUM"), s.json().get("reasons"));

    Http.Result usd = strict.shop.post("/v1/checkout/quote", "{\"customerId\":\"ben\",\"currency\":\"USD\","
        + "\"lines\":[" + line("mug", 1, "20.00", false) + "]}");
    assertEquals(200, usd.status(), usd.toString());
    assertEquals(List.of("CURRENCY_MISMATCH", "BELOW_MIN_BALANCE"), usd.json().get("reasons"));
    assertNull(usd.json().get("eligibleAmount"));
  }

  @Test
  void aQuoteForAnUnknownCustomerIs404(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    Http.Result q = f.shop.post("/v1/checkout/quote", quoteBody("ghost", null, line("mug", 1, "5.00", false)));
    assertEquals(404, q.status());
    assertEquals("customerId", q.problemField());
  }

  @Test
  void reserveTakesThePointsAtOnceWithOneEntryAndARetryAnswersTheSameRedemption(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    String body = reserveBody("anna", 300, "order-1", line("mug", 1, "50.00", false));

    Http.Result r = f.reserve("k-1", body);
    assertEquals(201, r.status(), r.toString());
    Map<String, Object> json = r.json();
    assertTrue(((String) json.get("id")).startsWith("rdm_"));
    assertEquals("3.00", json.get("discount"));
    assertEquals("reserved", json.get("status"));
    assertEquals(Instant.parse((String) json.get("createdAt")).plus(Duration.ofMinutes(30)),
        Instant.parse((String) json.get("expiresAt")), "default 30 minutes");
    assertEquals(700, f.balance("anna"));
    LedgerEntry entry = f.entries("anna").get(0);
    assertEquals(-300, entry.points());
    assertEquals(EntryKind.RESERVE, entry.kind());
    assertEquals(Reason.REDEMPTION, entry.reason());
    assertEquals(json.get("reserveEntryId"), entry.id());
    assertEquals("redemption:" + json.get("id"), entry.sourceRef());

    Http.Result again = f.reserve("k-1", body);
    assertEquals(201, again.status());
    assertEquals(json.get("id"), again.string("id"));
    assertEquals("true", again.header("idempotent-replayed"));
    assertEquals(700, f.balance("anna"), "the retry took nothing");

    Http.Result reused = f.reserve("k-1", reserveBody("anna", 200, "order-1", line("mug", 1, "50.00", false)));
    assertEquals(422, reused.status());
    assertEquals("IDEMPOTENCY_KEY_REUSED", reused.string("code"));

    assertEquals(json, f.shop.get("/v1/checkout/redemptions/" + json.get("id")).json());
  }

  @Test
  void oneOrderReservesOnceUntilItsReservationIsReleased(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    String first = f.reserved("anna", 200, "order-7");
    Http.Result second = f.reserve("other-key", reserveBody("anna", 100, "order-7", line("mug", 1, "50.00", false)));
    assertEquals(409, second.status(), second.toString());
    assertEquals("ORDER_ALREADY_RESERVED", second.string("code"));
    assertEquals("orderRef", second.problemField());
    assertEquals(800, f.balance("anna"));

    assertEquals(200, f.shop.post("/v1/checkout/redemptions/" + first + "/cancel", null).status());
    Http.Result afterCancel = f.reserve("third-key", reserveBody("anna", 100, "order-7",
        line("mug", 1, "50.00", false)));
    assertEquals(201, afterCancel.status(), "a released order may reserve again: " + afterCancel);
    assertEquals(900, f.balance("anna"));
  }

  @Test
  void commitKeepsThePointsSpentAndCancelGivesThemBackEachExactlyOnce(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    String committed = f.reserved("anna", 300, "order-a");
    String cancelled = f.reserved("anna", 200, "order-b");
    assertEquals(500, f.balance("anna"));

    Http.Result commit = f.shop.post("/v1/checkout/redemptions/" + committed + "/commit", null);
    assertEquals(200, commit.status(), commit.toString());
    assertEquals("committed", commit.string("status"));
    Http.Result commitAgain = f.shop.post("/v1/checkout/redemptions/" + committed + "/commit", null);
    assertEquals(200, commitAgain.status());
    assertEquals("true", commitAgain.header("idempotent-replayed"));

    Http.Result cancel = f.shop.post("/v1/checkout/redemptions/" + cancelled + "/cancel", null);
    assertEquals(200, cancel.status(), cancel.toString());
    assertEquals("released", cancel.string("status"));
    assertEquals(700, f.balance("anna"), "the cancelled 200 points are back");
    LedgerEntry credit = f.entries("anna").get(0);
    assertEquals(200, credit.points());
    assertEquals(EntryKind.RELEASE, credit.kind());
    assertEquals(cancel.string("returnEntryId"), credit.id());
    Http.Result cancelAgain = f.shop.post("/v1/checkout/redemptions/" + cancelled + "/cancel", null);
    assertEquals(200, cancelAgain.status());
    assertEquals("true", cancelAgain.header("idempotent-replayed"));
    assertEquals(700, f.balance("anna"), "the second cancel gave nothing");

    Http.Result commitAfterRelease = f.shop.post("/v1/checkout/redemptions/" + cancelled + "/commit", null);
    assertEquals(409, commitAfterRelease.status());
    assertEquals("REDEMPTION_RELEASED", commitAfterRelease.string("code"));
    Http.Result releaseAfterCommit = f.shop.post("/v1/checkout/redemptions/" + committed + "/cancel", null);
    assertEquals(409, releaseAfterCommit.status());
    assertEquals("REDEMPTION_COMMITTED", releaseAfterCommit.string("code"));
    assertEquals("redemptionId", releaseAfterCommit.problemField());
    assertEquals(700, f.balance("anna"));
  }

  @Test
  void theBalanceAndTheCartLimitAReservation(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend,
        "{\"redemption\": {\"enabled\": true, \"minBalance\": 300, \"maxDiscount\": {\"type\": \"fixed\", "
            + "\"amount\": \"4.00\"}}}");
    f.customer("anna", 350);
    f.customer("ben", 250);
    Http.Result tooMuch = f.reserve("a1", reserveBody("anna", 500, "o-1", line("mug", 1, "50.00", false)));
    assertEquals(422, tooMuch.status(), tooMuch.toString());
    assertEquals("EXCEEDS_MAXIMUM_DISCOUNT", tooMuch.string("code"), "the 4.00 maximum allows 400 points");
    assertEquals("points", tooMuch.problemField());
    Http.Result overBalance = f.reserve("a2", reserveBody("anna", 400, "o-2", line("mug", 1, "50.00", false)));
    assertEquals(409, overBalance.status(), overBalance.toString());
    assertEquals("INSUFFICIENT_BALANCE", overBalance.string("code"));
    Http.Result low = f.reserve("b1", reserveBody("ben", 100, "o-3", line("mug", 1, "50.00", false)));
    assertEquals(409, low.status(), low.toString());
    assertEquals("BELOW_MIN_BALANCE", low.string("code"));
    Http.Result smallCart = f.reserve("a3", reserveBody("anna", 300, "o-4", line("mug", 1, "2.99", false)));
    assertEquals(422, smallCart.status(), "2.99 allows 200 points");
    assertEquals("EXCEEDS_MAXIMUM_DISCOUNT", smallCart.string("code"));
    Http.Result notAStep = f.reserve("a6", reserveBody("anna", 150, "o-7", line("mug", 1, "50.00", false)));
    assertEquals(400, notAStep.status());
    assertEquals("points", notAStep.problemField());
    Http.Result ok = f.reserve("a4", reserveBody("anna", 300, "o-5", line("mug", 1, "50.00", false)));
    assertEquals(201, ok.status(), ok.toString());
    Http.Result nothingLeft = f.reserve("a5", reserveBody("anna", 100, "o-6", line("mug", 1, "50.00", false)));
    assertEquals(409, nothingLeft.status(), nothingLeft.toString());
    assertEquals("BELOW_MIN_BALANCE", nothingLeft.string("code"), "50 points left is below the minimum of 300");
    assertEquals(50, f.balance("anna"));
    assertEquals(250, f.balance("ben"));
  }

  @Test
  void theAdminKeyMayCheckOutButNotTheVendorKey(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 500);
    String body = quoteBody("anna", null, line("mug", 1, "5.00", false));
    assertEquals(200, f.shop.as(f.program.key(Role.ADMIN)).post("/v1/checkout/quote", body).status());
    Http.Result vendor = f.shop.as(f.program.key(Role.VENDOR)).post("/v1/checkout/quote", body);
    assertEquals(403, vendor.status());
    assertEquals(401, f.shop.as(null).post("/v1/checkout/quote", body).status());
  }
}
