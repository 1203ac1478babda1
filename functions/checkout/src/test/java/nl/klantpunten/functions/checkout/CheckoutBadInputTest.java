package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user mistake at checkout gets its 4xx as application/problem+json naming the field, and NOTHING is written:
 * the balance, the ledger, the redemptions and the Idempotency-Key stay as they were (a correct request with the
 * refused request's key is then applied as new).
 */
@ExtendWith(TestBackend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutBadInputTest {
  private static final String RESERVE = "/v1/checkout/redemptions";
  private static final String QUOTE = "/v1/checkout/quote";
  private static final String MUG = line("mug", 1, "50.00", false);

  private CheckoutFixture f;
  private String committedId;
  private String releasedId;
  private List<Object> stateBefore;

  record Bad(String name, String method, String path, String body, int status, String field) {
    @Override
    public String toString() {
      return name + " → " + status + " " + field;
    }
  }

  private static Bad reserve(String name, String body, int status, String field) {
    return new Bad(name, "POST", RESERVE, body, status, field);
  }

  private static Bad quote(String name, String body, int status, String field) {
    return new Bad(name, "POST", QUOTE, body, status, field);
  }

  private static String reserveWith(String fields) {
    return "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o-bad\",\"lines\":[" + MUG + "]" + fields + "}";
  }

  static Stream<Bad> badInputs() {
    return Stream.of(
        reserve("malformed JSON", "{\"customerId\":", 400, "body"),
        reserve("body an array", "[1]", 400, "body"),
        reserve("no body", null, 400, "body"),
        reserve("unknown field", reserveWith(",\"coupon\":\"X\""), 400, "coupon"),
        reserve("missing customerId", "{\"points\":100,\"orderRef\":\"o\",\"lines\":[" + MUG + "]}", 400,
            "customerId"),
        reserve("customerId with #", "{\"customerId\":\"a#b\",\"points\":100,\"orderRef\":\"o\",\"lines\":[" + MUG
            + "]}", 400, "customerId"),
        reserve("missing points", "{\"customerId\":\"anna\",\"orderRef\":\"o\",\"lines\":[" + MUG + "]}", 400,
            "points"),
        reserve("points 0", "{\"customerId\":\"anna\",\"points\":0,\"orderRef\":\"o\",\"lines\":[" + MUG + "]}",
            400, "points"),
        reserve("points negative", "{\"customerId\":\"anna\",\"points\":-100,\"orderRef\":\"o\",\"lines\":[" + MUG
            + "]}", 400, "points"),
        reserve("points 1.5", "{\"customerId\":\"anna\",\"points\":1.5,\"orderRef\":\"o\",\"lines\":[" + MUG
            + "]}", 400, "points"),
        reserve("points \"100\"", "{\"customerId\":\"anna\",\"points\":\"100\",\"orderRef\":\"o\",\"lines\":["
            + MUG + "]}", 400, "points"),
        reserve("points not a whole step", "{\"customerId\":\"anna\",\"points\":150,\"orderRef\":\"o\",\"lines\":["
            + MUG + "]}", 400, "points"),
        reserve("missing orderRef", "{\"customerId\":\"anna\",\"points\":100,\"lines\":[" + MUG + "]}", 400,
            "orderRef"),
        reserve("orderRef with #", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o#1\",\"lines\":["
            + MUG + "]}", 400, "orderRef"),
        reserve("orderRef of 129 characters", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\""
            + "o".repeat(129) + "\",\"lines\":[" + MUG + "]}", 400, "orderRef"),
        reserve("missing lines", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o\"}", 400, "lines"),
        reserve("empty lines", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o\",\"lines\":[]}", 400,
            "lines"),
        reserve("a line not an object", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o\",\"lines\":[5]}",
            400, "lines[0]"),
        reserve("unitPrice with 3 decimals", reserveLines(line("mug", 1, "5.001", false)), 400,
            "lines[0].unitPrice"),
        reserve("unitPrice negative", reserveLines(line("mug", 1, "-5.00", false)), 400, "lines[0].unitPrice"),
        reserve("unitPrice not a number", reserveLines(line("mug", 1, "five", false)), 400, "lines[0].unitPrice"),
        reserve("missing unitPrice", reserveLines("{\"productId\":\"mug\",\"quantity\":1}"), 400,
            "lines[0].unitPrice"),
        reserve("quantity 0", reserveLines(MUG, line("tea", 0, "5.00", false)), 400, "lines[1].quantity"),
        reserve("missing quantity", reserveLines("{\"productId\":\"mug\",\"unitPrice\":\"5.00\"}"), 400,
            "lines[0].quantity"),
        reserve("productId with a space", reserveLines(line("big mug", 1, "5.00", false)), 400,
            "lines[0].productId"),
        reserve("unknown line field", reserveLines("{\"productId\":\"mug\",\"quantity\":1,\"unitPrice\":\"5.00\","
            + "\"colour\":\"red\"}"), 400, "lines[0].colour"),
        reserve("discounted not a boolean", reserveLines("{\"productId\":\"mug\",\"quantity\":1,\"unitPrice\":\"5\","
            + "\"discounted\":\"yes\"}"), 400, "lines[0].discounted"),
        reserve("currency unknown", reserveWith(",\"currency\":\"EURO\""), 400, "currency"),
        reserve("currency of another program", reserveWith(",\"currency\":\"USD\""), 422, "currency"),
        reserve("unknown customer", "{\"customerId\":\"ghost\",\"points\":100,\"orderRef\":\"o-g\",\"lines\":["
            + MUG + "]}", 404, "customerId"),
        reserve("more than the cart allows", reserveLines(line("mug", 1, "0.50", false)), 422, "lines"),
        reserve("more than the balance", "{\"customerId\":\"anna\",\"points\":900,\"orderRef\":\"o-x\",\"lines\":["
            + MUG + "]}", 409, "points"),
        reserve("an order that holds a reservation", "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":"
            + "\"committed-order\",\"lines\":[" + MUG + "]}", 409, "orderRef"),
        quote("quote: missing currency", "{\"customerId\":\"anna\",\"lines\":[" + MUG + "]}", 400, "currency"),
        quote("quote: requestedPoints negative", "{\"customerId\":\"anna\",\"currency\":\"EUR\","
            + "\"requestedPoints\":-1,\"lines\":[" + MUG + "]}", 400, "requestedPoints"),
        quote("quote: unknown customer", "{\"customerId\":\"ghost\",\"currency\":\"EUR\",\"lines\":[" + MUG + "]}",
            404, "customerId"),
        quote("quote: a line without price", "{\"customerId\":\"anna\",\"currency\":\"EUR\",\"lines\":"
            + "[{\"quantity\":1}]}", 400, "lines[0].unitPrice"),
        new Bad("commit: unknown redemption", "POST", RESERVE + "/rdm_01JQ8Z5V3M6X2N4B7C9D1F0G2H/commit", null, 404,
            "redemptionId"),
        new Bad("commit: not a redemption id", "POST", RESERVE + "/123/commit", null, 404, "redemptionId"),
        new Bad("commit: released", "POST", RESERVE + "/{released}/commit", null, 409, "redemptionId"),
        new Bad("cancel: committed", "POST", RESERVE + "/{committed}/cancel", null, 409, "redemptionId"),
        new Bad("cancel: unknown redemption", "POST", RESERVE + "/rdm_01JQ8Z5V3M6X2N4B7C9D1F0G2H/cancel", null, 404,
            "redemptionId"),
        new Bad("get: unknown redemption", "GET", RESERVE + "/rdm_01JQ8Z5V3M6X2N4B7C9D1F0G2H", null, 404,
            "redemptionId"),
        new Bad("method not allowed", "PUT", RESERVE, reserveWith(""), 405, "method"));
  }

  private static String reserveLines(String... lines) {
    return "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"o-l\",\"lines\":[" + String.join(",", lines)
        + "]}";
  }

  @BeforeAll
  void setUp(Backend backend) {
    f = new CheckoutFixture(backend);
    f.customer("anna", 800);
    committedId = f.reserved("anna", 100, "committed-order");
    assertEquals(200, f.shop.post(RESERVE + "/" + committedId + "/commit", null).status());
    releasedId = f.reserved("anna", 100, "released-order");
    assertEquals(200, f.shop.post(RESERVE + "/" + releasedId + "/cancel", null).status());
    stateBefore = state();
  }

  private List<Object> state() {
    List<Object> state = new ArrayList<>();
    state.add(f.balance("anna"));
    state.add(f.entries("anna"));
    state.add(f.shop.get(RESERVE + "/" + committedId).json());
    state.add(f.shop.get(RESERVE + "/" + releasedId).json());
    return state;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void eachMistakeGetsItsProblemAndWritesNothing(Bad bad) {
    String path = bad.path().replace("{committed}", committedId).replace("{released}", releasedId);
    String key = "bad-" + System.nanoTime();
    Map<String, String> headers = new HashMap<>();
    if (bad.path().equals(RESERVE)) {
      headers.put("Idempotency-Key", key);
    }

    Http.Result result = f.shop.send(bad.method(), path, bad.body(), headers);

    assertEquals(bad.status(), result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(bad.field(), result.problemField(), result.toString());
    assertEquals(stateBefore, state(), "nothing was written");
    if (bad.path().equals(RESERVE) && bad.method().equals("POST")) {
      Http.Result retry = f.reserve(key, "{\"customerId\":\"anna\",\"points\":100,\"orderRef\":\"retry-" + key
          + "\",\"lines\":[" + MUG + "]}");
      assertEquals(201, retry.status(), "the refused request did not use up its key: " + retry);
      assertNull(retry.header("idempotent-replayed"));
      assertEquals(200, f.shop.post(RESERVE + "/" + retry.string("id") + "/cancel", null).status());
      stateBefore = state();
    }
  }

  @org.junit.jupiter.api.Test
  void aReservationWithoutIdempotencyKeyIsRefused() {
    Http.Result r = f.shop.post(RESERVE, reserveWith(""));
    assertEquals(400, r.status());
    assertEquals("Idempotency-Key", r.problemField());
    Http.Result bad = f.shop.send("POST", RESERVE, reserveWith(""), Map.of("Idempotency-Key", "two words"));
    assertEquals(400, bad.status());
    assertEquals("Idempotency-Key", bad.problemField());
    assertEquals(stateBefore, state(), "nothing was written");
  }
}
