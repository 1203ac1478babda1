package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PUT /v1/settings with decimals whose exponent is huge: each is a 400 naming its path with the rule "range", found
 * from the text before any conversion, and the settings stay at version 0.
 */
@ExtendWith(TestBackend.class)
class SettingsHugeNumberTest {
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  @SuppressWarnings("unchecked")
  private void assertRefused(String body, String field) {
    Http.Result r = admin.send("PUT", "/v1/settings", body, Map.of("If-Match", "\"0\""));
    assertEquals(400, r.status(), r.toString());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) r.json().get("errors");
    assertEquals(field, errors.get(0).get("field"), r.toString());
    assertEquals("range", errors.get(0).get("rule"), r.toString());
    assertEquals("\"0\"", admin.get("/v1/settings").header("etag"), "nothing saved");
  }

  @Test
  void hugeExponentsAreRefusedNamingTheirPath() {
    assertRefused("{\"earning\": {\"ratio\": {\"points\": 1, \"amount\": \"9e999999\"}}}", "earning.ratio.amount");
    assertRefused("{\"earning\": {\"ratio\": {\"points\": 1, \"amount\": 9e999999}}}", "earning.ratio.amount");
    assertRefused("{\"redemption\": {\"minCartAmount\": \"1e-999999\"}}", "redemption.minCartAmount");
    assertRefused("{\"badges\": {\"discounts\": [{\"badgeIds\": [\"gold\"], \"fixedAmount\": \"1e1000000\"}]}}",
        "badges.discounts[0].fixedAmount");
    assertRefused("{\"badges\": {\"discounts\": [{\"badgeIds\": [\"gold\"], \"fixedAmount\": 1e1000000}]}}",
        "badges.discounts[0].fixedAmount");
  }
}
