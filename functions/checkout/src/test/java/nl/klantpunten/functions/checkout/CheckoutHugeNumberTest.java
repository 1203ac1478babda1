package nl.klantpunten.functions.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A decimal with a huge exponent ({@code 1e1000000}, nine characters) is refused from its text as out of range,
 * naming the field, before anything converts it; as a JSON number and as a string, in the quote and in the
 * reservation. Nothing is reserved.
 */
@ExtendWith(TestBackend.class)
class CheckoutHugeNumberTest {

  private static String lineWithRawPrice(String rawPrice) {
    return "{\"productId\":\"mug\",\"quantity\":1,\"unitPrice\":" + rawPrice + "}";
  }

  @SuppressWarnings("unchecked")
  private static void assertOutOfRange(Http.Result r, String field) {
    assertEquals(400, r.status(), r.toString());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) r.json().get("errors");
    assertEquals(field, errors.get(0).get("field"), r.toString());
    assertEquals("range", errors.get(0).get("rule"), r.toString());
  }

  @Test
  void aHugeExponentInAQuoteIsRefusedNamingTheLine(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    for (String price : List.of("1e1000000", "\"1e1000000\"", "1E-1000000", "\"-1e99999999999\"", "1e100",
        "\"0.0000000000000000000000000000000000001\"")) {
      assertOutOfRange(f.shop.post("/v1/checkout/quote",
          CheckoutFixture.quoteBody("anna", null, lineWithRawPrice(price))), "lines[0].unitPrice");
    }
  }

  @Test
  void aHugeExponentInAReservationIsRefusedAndReservesNothing(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    for (String price : List.of("1e1000000", "\"1e1000000\"")) {
      assertOutOfRange(f.reserve("k-" + price.length(),
          CheckoutFixture.reserveBody("anna", 100, "order-1", lineWithRawPrice(price))), "lines[0].unitPrice");
    }
    assertEquals(1_000, f.balance("anna"));
    assertEquals(1, f.entries("anna").size(), "only the seed entry");
  }

  @Test
  void ordinaryPricesStillQuote(Backend backend) {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    for (String price : List.of("12.50", "\"12.50\"", "1.25e1", "\"1250E-2\"")) {
      Http.Result r = f.shop.post("/v1/checkout/quote",
          CheckoutFixture.quoteBody("anna", null, lineWithRawPrice(price)));
      assertEquals(200, r.status(), price + ": " + r);
    }
  }
}
