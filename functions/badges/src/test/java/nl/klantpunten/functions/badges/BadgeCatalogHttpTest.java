package nl.klantpunten.functions.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Badge and reward catalogs through API Gateway v2 events, the real BadgesFunction and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class BadgeCatalogHttpTest {
  private Http admin;
  private Http webshop;
  private Http otherProgram;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new BadgesFunction(backend), program.admin());
    webshop = admin.as(program.key(Role.WEBSHOP));
    otherProgram = admin.as(TestProgram.create(backend, ProgramKind.SHOP).admin());
  }

  static void assertProblem(Http.Result result, int status, String field) {
    assertEquals(status, result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(field, result.problemField(), result.toString());
  }

  @Test
  void badgesCreateReplaceReadListDelete() {
    Http.Result created = admin.put("/v1/badges/gold", "{\"title\":\"Gold\",\"description\":\"Our best\","
        + "\"iconUrl\":\"https://cdn.example.com/gold.png\",\"fromPoints\":1000,\"toPoints\":null}");
    assertEquals(201, created.status(), created.toString());
    assertEquals("gold", created.string("badgeId"));
    assertNull(created.json().get("toPoints"));
    assertEquals(201, admin.put("/v1/badges/silver", "{\"title\":\"Silver\",\"fromPoints\":500,\"toPoints\":999}")
        .status());
    Http.Result replaced = admin.put("/v1/badges/gold", "{\"title\":\"Goud\",\"fromPoints\":1000}");
    assertEquals(200, replaced.status(), replaced.toString());

    assertEquals("Goud", webshop.get("/v1/badges/gold").string("title"));
    List<Map<String, Object>> items = webshop.get("/v1/badges").items();
    assertEquals(List.of("silver", "gold"), items.stream().map(i -> i.get("badgeId")).toList(), "by range");
    assertEquals(999, ((Number) items.get(0).get("toPoints")).intValue());

    assertEquals(204, admin.delete("/v1/badges/gold").status());
    assertProblem(admin.get("/v1/badges/gold"), 404, "badgeId");
    assertProblem(admin.delete("/v1/badges/gold"), 404, "badgeId");
  }

  @Test
  void badInputAndWrongRolesAreRefusedAndNothingIsWritten() {
    assertProblem(admin.put("/v1/badges/gold", "{\"title\":\"Gold\",\"fromPoints\":10,\"toPoints\":9}"), 400,
        "toPoints");
    assertProblem(admin.put("/v1/badges/gold", "{\"fromPoints\":10}"), 400, "title");
    assertProblem(admin.put("/v1/badges/go%23ld", "{\"title\":\"x\",\"fromPoints\":1}"), 400, "badgeId");
    assertEquals(403, webshop.put("/v1/badges/gold", "{\"title\":\"Gold\",\"fromPoints\":10}").status());
    assertEquals(List.of(), admin.get("/v1/badges").items());
  }

  @Test
  void aProgramHasAtMost25BadgesAndOnlySeesItsOwn() {
    for (int i = 0; i < 25; i++) {
      assertEquals(201, admin.put("/v1/badges/b" + i, "{\"title\":\"B\",\"fromPoints\":" + i + "}").status());
    }
    assertProblem(admin.put("/v1/badges/b25", "{\"title\":\"B\",\"fromPoints\":1}"), 409, "badgeId");
    assertEquals(200, admin.put("/v1/badges/b3", "{\"title\":\"B3\",\"fromPoints\":3}").status(),
        "replacing one is still allowed");
    assertEquals(List.of(), otherProgram.get("/v1/badges").items());
    assertProblem(otherProgram.get("/v1/badges/b3"), 404, "badgeId");
  }

  @Test
  void rewardsCreateReplaceReadListDeleteAlsoByAVendor(Backend backend) {
    TestProgram vendorProgram = TestProgram.create(backend, ProgramKind.VENDOR);
    Http vendor = new Http(new BadgesFunction(backend), vendorProgram.key(Role.VENDOR));
    Http.Result created = vendor.put("/v1/rewards/coffee",
        "{\"name\":\"Free coffee\",\"pointsRequired\":100,\"description\":\"Any size\"}");
    assertEquals(201, created.status(), created.toString());
    assertEquals(100, created.number("pointsRequired"));
    assertEquals(201, vendor.put("/v1/rewards/cake", "{\"name\":\"Cake\",\"pointsRequired\":60}").status());
    assertEquals(200, vendor.put("/v1/rewards/coffee", "{\"name\":\"Coffee\",\"pointsRequired\":90}").status());
    assertEquals(List.of("cake", "coffee"),
        vendor.get("/v1/rewards").items().stream().map(i -> i.get("rewardId")).toList(), "cheapest first");
    assertEquals("Coffee", vendor.get("/v1/rewards/coffee").string("name"));
    assertProblem(vendor.put("/v1/rewards/tea", "{\"name\":\"Tea\",\"pointsRequired\":0}"), 400, "pointsRequired");
    assertEquals(204, vendor.delete("/v1/rewards/coffee").status());
    assertProblem(vendor.get("/v1/rewards/coffee"), 404, "rewardId");
    assertEquals(List.of(), admin.get("/v1/rewards").items(), "another program's rewards are not listed");
  }
}
