package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code redemption} part of GET/PUT /v1/settings, stored and read back through DynamoDB Local. */
@ExtendWith(TestBackend.class)
class RedemptionSettingsApiTest {
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> redemption(Http.Result r) {
    return (Map<String, Object>) r.json().get("redemption");
  }

  private Http.Result put(String etag, String body) {
    return admin.send("PUT", "/v1/settings", body, Map.of("If-Match", etag));
  }

  @Test
  void theDefaultsAreShownAndAFullPartIsStoredAndReadBackExactly() {
    Map<String, Object> defaults = redemption(admin.get("/v1/settings"));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("enabled", false);
    expected.put("conversion", Map.of("points", 100, "amount", "1.00", "currency", "EUR"));
    expected.put("minBalance", 0);
    expected.put("minCartAmount", "0.00");
    expected.put("maxDiscount", Map.of("type", "none"));
    expected.put("excludeDiscounted", false);
    expected.put("excludeProducts", List.of());
    expected.put("onlyProducts", List.of());
    expected.put("reservationMinutes", 30);
    expected.put("refundReturnsRedeemed", true);
    assertEquals(expected, defaults);

    Http.Result saved = put("\"0\"", """
        {"redemption": {"enabled": true, "conversion": {"points": 250, "amount": "2.5"}, "minBalance": 1000,
          "minCartAmount": "15", "maxDiscount": {"type": "fixed", "amount": "20"}, "excludeDiscounted": true,
          "onlyProducts": ["sku-2", "sku-1"], "reservationMinutes": 15, "refundReturnsRedeemed": false}}""");
    assertEquals(200, saved.status(), saved.toString());
    Map<String, Object> read = redemption(admin.get("/v1/settings"));
    assertEquals(Map.of("points", 250, "amount", "2.50", "currency", "EUR"), read.get("conversion"));
    assertEquals("15.00", read.get("minCartAmount"));
    assertEquals(Map.of("type", "fixed", "amount", "20.00", "currency", "EUR"), read.get("maxDiscount"));
    assertEquals(List.of("sku-1", "sku-2"), read.get("onlyProducts"));
    assertEquals(15, read.get("reservationMinutes"));
    assertEquals(false, read.get("refundReturnsRedeemed"));
    assertEquals(redemption(saved), read);

    Http.Result get = admin.get("/v1/settings");
    Http.Result sentBack = put(get.header("etag"), get.response().body());
    assertEquals(200, sentBack.status(), "a GET's body can be sent back as it is: " + sentBack);
    assertEquals(read, redemption(sentBack));
  }

  @Test
  void mistakesAreNamedByTheirPathAndNothingIsSaved() {
    Http.Result bad = put("\"0\"", Json.write(Map.of("redemption", Map.of(
        "conversion", Map.of("points", 0), "maxDiscount", Map.of("type", "percent", "percent", 150)))));
    assertEquals(400, bad.status());
    assertEquals("redemption.conversion.points", bad.problemField());
    assertEquals(0, admin.get("/v1/settings").number("version"), "nothing saved");
  }
}
