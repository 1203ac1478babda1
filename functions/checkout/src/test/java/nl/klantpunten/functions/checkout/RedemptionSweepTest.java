package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.reserveBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.ledger.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduled sweep releases reservations that nobody committed or cancelled before they expired, and nothing
 * else. A test clock stands in for the passing time: the function and the sweep share it.
 */
@ExtendWith(TestBackend.class)
class RedemptionSweepTest {

  @Test
  void theSweepReleasesExpiredReservationsOnlyAndOnlyOnce(Backend shared) {
    TestClock clock = new TestClock(Instant.now());
    Backend backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    CheckoutFixture f = new CheckoutFixture(backend, "{\"redemption\": {\"enabled\": true, \"reservationMinutes\": 10}}");
    f.customer("anna", 1_000);
    String left = f.reserved("anna", 100, "left-alone");
    String committed = f.reserved("anna", 200, "committed");
    String cancelled = f.reserved("anna", 300, "cancelled");
    assertEquals(200, f.shop.post("/v1/checkout/redemptions/" + committed + "/commit", null).status());
    assertEquals(200, f.shop.post("/v1/checkout/redemptions/" + cancelled + "/cancel", null).status());
    clock.advance(Duration.ofMinutes(5));
    String fresh = f.reserved("anna", 100, "fresh");
    RedemptionSweepFunction sweep = new RedemptionSweepFunction(backend);

    sweep.handleRequest(Map.of(), null);
    assertEquals("reserved", status(f, left), "not expired yet at 5 of 10 minutes");

    clock.advance(Duration.ofMinutes(5));
    Http.Result lateCommit = f.shop.post("/v1/checkout/redemptions/" + left + "/commit", null);
    assertEquals(409, lateCommit.status(), "expired: a commit is refused even before the sweep ran");
    assertEquals("RESERVATION_EXPIRED", lateCommit.string("code"));
    Map<String, Object> run = sweep.handleRequest(Map.of(), null);
    assertTrue(((Number) run.get("released")).intValue() >= 1, run.toString());
    assertEquals("released", status(f, left));
    assertEquals("committed", status(f, committed));
    assertEquals("released", status(f, cancelled));
    assertEquals("reserved", status(f, fresh), "reserved 5 minutes later, 5 minutes to go");
    assertEquals(1_000 - 200 - 100, f.balance("anna"), "the left-alone 100 points are back");
    assertEquals(2, f.entries("anna").stream().filter(e -> e.kind() == EntryKind.RELEASE).count());
    assertEquals("sweep", f.entries("anna").get(0).actor());

    sweep.handleRequest(Map.of(), null);
    assertEquals(700, f.balance("anna"), "a second run finds nothing more to release");

    clock.advance(Duration.ofMinutes(6));
    sweep.handleRequest(Map.of(), null);
    assertEquals("released", status(f, fresh));
    assertEquals(800, f.balance("anna"));
    Http.Result commitAfterSweep = f.shop.post("/v1/checkout/redemptions/" + fresh + "/commit", null);
    assertEquals(409, commitAfterSweep.status());
    assertEquals("REDEMPTION_RELEASED", commitAfterSweep.string("code"));
  }

  private static String status(CheckoutFixture f, String id) {
    return f.shop.as(f.program.key(Role.ADMIN)).get("/v1/checkout/redemptions/" + id).string("status");
  }
}
