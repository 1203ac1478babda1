package nl.klantpunten.functions.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.settings.ProgramSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The settings part {@code badges} (issue 5) through GET/PUT /v1/settings and back from DynamoDB Local. */
@ExtendWith(TestBackend.class)
class BadgeSettingsApiTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new SettingsFunction(backend), program.admin());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> badges(Http.Result r) {
    return (Map<String, Object>) r.json().get("badges");
  }

  @Test
  void defaultsThenASavedPartReadBackAndAGetBodySentBackUnchanged() {
    Map<String, Object> defaults = badges(admin.get("/v1/settings"));
    Map<String, Object> expectedDefaults = new HashMap<>();
    expectedDefaults.put("measure", "balance");
    expectedDefaults.put("introText", null);
    expectedDefaults.put("discounts", List.of());
    expectedDefaults.put("display", true);
    assertEquals(expectedDefaults, defaults);

    Http.Result saved = admin.send("PUT", "/v1/settings", """
        {"badges": {"measure": "lifetimeEarned", "introText": "Sparen bij ons",
          "discounts": [{"badgeIds": ["gold", "vip"], "percent": 10}, {"badgeIds": ["silver"], "fixedAmount": "2.50"}]}}
        """, Map.of("If-Match", "\"0\""));
    assertEquals(200, saved.status(), saved.toString());
    Http.Result get = admin.get("/v1/settings");
    Map<String, Object> b = badges(get);
    assertEquals("lifetimeEarned", b.get("measure"));
    assertEquals("Sparen bij ons", b.get("introText"));
    assertEquals(List.of(Map.of("badgeIds", List.of("gold", "vip"), "percent", 10),
        Map.of("badgeIds", List.of("silver"), "fixedAmount", "2.50", "currency", "EUR")), b.get("discounts"));

    ProgramSettings stored = backend.stores().settings().load(program.id());
    assertEquals(BadgeMeasure.LIFETIME_EARNED, stored.badges().measure());
    assertEquals(Set.of(new BadgeId("silver")), stored.badges().discounts().get(1).badgeIds());
    assertEquals(250, stored.badges().discounts().get(1).fixedAmount().minorUnits());

    Http.Result roundTrip = admin.send("PUT", "/v1/settings", get.response().body(), Map.of("If-Match", "\"1\""));
    assertEquals(200, roundTrip.status(), roundTrip.toString());
    assertEquals(b, badges(roundTrip), "a GET body sent back changes nothing");
  }

  @Test
  void aBrokenRuleIsA400NamingItsPathAndNothingIsSaved() {
    Http.Result r = admin.send("PUT", "/v1/settings",
        "{\"badges\":{\"discounts\":[{\"badgeIds\":[\"gold\"],\"percent\":150}]}}", Map.of("If-Match", "\"0\""));
    assertEquals(400, r.status(), r.toString());
    assertEquals("badges.discounts[0].percent", r.problemField());
    assertNull(badges(admin.get("/v1/settings")).get("introText"));
    assertEquals(0, admin.get("/v1/settings").number("version"));
  }
}
