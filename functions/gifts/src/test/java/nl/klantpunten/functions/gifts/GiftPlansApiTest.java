package nl.klantpunten.functions.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PUT/GET/DELETE /v1/gifts/{giftId} through the handler: shape, replace, validation, roles, tenants. */
@ExtendWith(TestBackend.class)
class GiftPlansApiTest {
  private static final String MONTHLY_GOLD = """
      {"points": 50, "description": "Gold members' monthly thank-you",
       "cadence": {"type": "monthly", "day": 31}, "segment": {"badge": "gold", "minBalance": 100}}""";
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new GiftsFunction(backend), program.admin());
  }

  @AfterEach
  void cleanUp() {
    admin.delete("/v1/gifts/gold");
  }

  @Test
  void aPlanIsCreatedReadReplacedAndDeleted() {
    Http.Result created = admin.put("/v1/gifts/gold", MONTHLY_GOLD);
    assertEquals(201, created.status(), created.toString());
    assertEquals(Map.of("type", "monthly", "day", 31), created.json().get("cadence"));
    assertEquals(Map.of("badge", "gold", "minBalance", 100), created.json().get("segment"));
    assertEquals(true, created.json().get("active"));

    Http.Result read = admin.get("/v1/gifts/gold");
    assertEquals(200, read.status());
    assertEquals(50L, read.number("points"));
    assertEquals("Europe/Amsterdam", read.string("timeZone"));
    @SuppressWarnings("unchecked")
    Map<String, Object> current = (Map<String, Object>) read.json().get("currentPeriod");
    assertEquals(false, current.get("due"), "the current period began before the plan was made");

    Http.Result replaced = admin.put("/v1/gifts/gold", """
        {"points": 75, "description": "Yearly", "cadence": {"type": "yearly", "month": 2, "day": 29},
         "segment": {"minBalance": 0}, "active": false}""");
    assertEquals(200, replaced.status(), replaced.toString());
    assertEquals(created.string("createdAt"), replaced.string("createdAt"), "creation time is kept");
    assertEquals(Map.of("type", "yearly", "month", 2, "day", 29), replaced.json().get("cadence"));
    assertEquals(false, admin.get("/v1/gifts/gold").json().get("active"));

    assertEquals(204, admin.delete("/v1/gifts/gold").status());
    assertEquals(404, admin.get("/v1/gifts/gold").status());
    assertEquals("giftId", admin.delete("/v1/gifts/gold").problemField());
  }

  @Test
  void badInputIsA400NamingTheFieldAndStoresNothing() {
    assertEquals("cadence.day", admin.put("/v1/gifts/gold", """
        {"points": 5, "description": "x", "cadence": {"type": "weekly", "day": "someday"},
         "segment": {"minBalance": 0}}""").problemField());
    assertEquals("segment.badge", admin.put("/v1/gifts/gold", """
        {"points": 5, "description": "x", "cadence": {"type": "daily"}, "segment": {"badge": "a#b"}}""")
        .problemField());
    assertEquals("points", admin.put("/v1/gifts/gold", """
        {"points": 1.5, "description": "x", "cadence": {"type": "daily"}, "segment": {"minBalance": 0}}""")
        .problemField());
    assertEquals("giftId", admin.put("/v1/gifts/a%23b", MONTHLY_GOLD).problemField());
    assertEquals("body", admin.put("/v1/gifts/gold", "[]").problemField());
    assertEquals(404, admin.get("/v1/gifts/gold").status());
  }

  @Test
  void onlyAdminsManagePlansAndOnlyTheirOwn() {
    assertEquals(403, admin.as(program.key(Role.VENDOR)).put("/v1/gifts/gold", MONTHLY_GOLD).status());
    assertEquals(403, admin.as(program.key(Role.WEBSHOP)).get("/v1/gifts/gold").status());
    assertEquals(201, admin.put("/v1/gifts/gold", MONTHLY_GOLD).status());
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    assertEquals(404, admin.as(other.admin()).get("/v1/gifts/gold").status());
    assertEquals(404, admin.as(other.admin()).delete("/v1/gifts/gold").status());
    assertEquals(200, admin.get("/v1/gifts/gold").status());
  }
}
