package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.quoteBody;
import static nl.klantpunten.functions.checkout.CheckoutFixture.reserveBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkout while the program's points are off: quotes and new reservations are refused with 409 POINTS_DISABLED and
 * nothing moves; a reservation made before the pause can still be committed or cancelled (its discount was
 * promised to the customer).
 */
@ExtendWith(TestBackend.class)
class CheckoutPointsPausedTest {

  private static void points(CheckoutFixture f, boolean enabled) {
    TestSettings.apply(f.backend, f.program.id(), "{\"points\": {\"enabled\": " + enabled + "}}");
  }

  @Test
  void quoteAndReserveAreRefusedAndNothingIsReserved(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    points(f, false);
    Http.Result quote = f.shop.post("/v1/checkout/quote", quoteBody("anna", 300L, line("mug", 1, "50.00", false)));
    assertEquals(409, quote.status(), quote.toString());
    assertEquals("POINTS_DISABLED", quote.string("code"));
    Http.Result reserve = f.reserve("key-1", reserveBody("anna", 300, "order-1", line("mug", 1, "50.00", false)));
    assertEquals(409, reserve.status(), reserve.toString());
    assertEquals("POINTS_DISABLED", reserve.string("code"));
    assertEquals(1_000, f.balance("anna"));
    assertEquals(1, f.entries("anna").size(), "only the seed entry");

    points(f, true);
    assertEquals(200, f.shop.post("/v1/checkout/quote", quoteBody("anna", 300L, line("mug", 1, "50.00", false)))
        .status());
    Http.Result again = f.reserve("key-1", reserveBody("anna", 300, "order-1", line("mug", 1, "50.00", false)));
    assertEquals(201, again.status(), "the refused key was never used: " + again);
    assertEquals(700, f.balance("anna"));
  }

  @Test
  void aReservationFromBeforeThePauseCanBeCommittedOrCancelled(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    String toCommit = f.reserved("anna", 300, "order-a");
    String toCancel = f.reserved("anna", 200, "order-b");
    points(f, false);
    Http.Result commit = f.shop.post("/v1/checkout/redemptions/" + toCommit + "/commit", null);
    assertEquals(200, commit.status(), commit.toString());
    assertEquals("committed", commit.string("status"));
    Http.Result cancel = f.shop.post("/v1/checkout/redemptions/" + toCancel + "/cancel", null);
    assertEquals(200, cancel.status(), cancel.toString());
    assertEquals(700, f.balance("anna"), "300 spent, 200 given back");
  }
}
