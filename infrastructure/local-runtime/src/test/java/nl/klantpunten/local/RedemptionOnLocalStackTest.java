package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.klantpunten.api.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's "done when", over real HTTP on the local stack: quote → reserve → order webhook paid → committed;
 * another reserve → cancel → points back; a reservation left alone is released by the sweep (a test clock moves
 * time past its expiry; the stack's own timer runs the same sweep every minute).
 */
class RedemptionOnLocalStackTest {
  private static final String LINES = "[{\"productId\":\"mug\",\"quantity\":2,\"unitPrice\":\"12.50\"}]";

  @Test
  void quoteReserveCommitCancelAndSweep() {
    TestClock clock = new TestClock(Instant.now());
    LocalStackOptions options = LocalStackOptions.parse(new String[] {"--port", "0"}, name -> null);
    try (LocalStack stack = LocalStack.start(options,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock)) {
      HttpCalls admin = new HttpCalls(stack.baseUri(), stack.adminKey());
      String etag = admin.get("/v1/settings").header("etag");
      assertEquals(200, admin.send("PUT", "/v1/settings", "{\"redemption\": {\"enabled\": true}}",
          Map.of("content-type", "application/json", "If-Match", etag)).status());
      assertEquals(201, admin.put("/v1/customers/demo-1", "{\"email\":\"anna@example.com\",\"name\":\"Anna\"}")
          .status());
      assertEquals(201, admin.post("/v1/customers/demo-1/transactions", "{\"points\":2000,\"note\":\"gift\"}")
          .status());

      var quote = admin.post("/v1/checkout/quote", "{\"customerId\":\"demo-1\",\"currency\":\"EUR\","
          + "\"requestedPoints\":500,\"lines\":" + LINES + "}");
      assertEquals(200, quote.status(), quote.toString());
      assertEquals(2000, quote.number("maxPoints"), "25.00 eligible, 2000 points: 20.00");

      String paidId = reserve(admin, 500, "web-1001");
      var order = admin.post("/v1/webhooks/orders", """
          {"orderId": "1001", "status": "paid", "currency": "EUR", "orderRef": "web-1001",
           "customer": {"id": "demo-1"},
           "lines": [{"productId": "mug", "quantity": 2, "lineTotal": "25.00"}],
           "totals": {"total": "20.00"}}""");
      assertEquals(200, order.status(), order.toString());
      assertEquals(20, order.number("earned"), "20.00 paid after the 5.00 points discount");
      assertEquals("committed", admin.get("/v1/checkout/redemptions/" + paidId).string("status"));
      assertEquals(2000 - 500 + 20, admin.get("/v1/customers/demo-1/balance").number("balance"));

      String cancelledId = reserve(admin, 300, "web-1002");
      assertEquals(1220, admin.get("/v1/customers/demo-1/balance").number("balance"));
      assertEquals("released", admin.post("/v1/checkout/redemptions/" + cancelledId + "/cancel", null)
          .string("status"));
      assertEquals(1520, admin.get("/v1/customers/demo-1/balance").number("balance"));

      String leftAlone = reserve(admin, 200, "web-1003");
      assertEquals(1320, admin.get("/v1/customers/demo-1/balance").number("balance"));
      clock.advance(Duration.ofMinutes(31));
      stack.sweepRedemptions();
      assertEquals("released", admin.get("/v1/checkout/redemptions/" + leftAlone).string("status"));
      assertEquals(1520, admin.get("/v1/customers/demo-1/balance").number("balance"));
    }
  }

  private static String reserve(HttpCalls admin, long points, String orderRef) {
    var r = admin.send("POST", "/v1/checkout/redemptions", "{\"customerId\":\"demo-1\",\"points\":" + points
        + ",\"orderRef\":\"" + orderRef + "\",\"lines\":" + LINES + "}",
        Map.of("content-type", "application/json", "Idempotency-Key", orderRef));
    assertEquals(201, r.status(), r.toString());
    return r.string("id");
  }
}
