package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route of LedgerFunction needs a valid, active key (401 with WWW-Authenticate otherwise) of a role the route
 * allows (403 otherwise); a refused caller changes nothing. Driven by routes(), so a new route is covered at once.
 */
@ExtendWith(TestBackend.class)
class LedgerAuthTest {
  private static final String WELL_FORMED_UNKNOWN = "kp_abcdefghij_0123456789abcdefghijklmnopqrstuvwxyz0123456";

  private Backend backend;
  private TestProgram program;
  private LedgerFunction function;
  private Http admin;
  private String entryId;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.VENDOR);
    backend.stores().customers().save(program.id(), new CustomerId("c-1"),
        CustomerDetails.parse("c1@example.com", "C One", null), Instant.now());
    function = new LedgerFunction(backend);
    admin = new Http(function, program.admin());
    Http.Result credit = admin.post("/v1/customers/c-1/transactions", "{\"points\":100,\"note\":\"start\"}");
    assertEquals(201, credit.status(), credit.toString());
    entryId = credit.string("id");
  }

  /** A request the route would accept from an allowed caller. */
  private Http.Result call(Http caller, Route route) {
    String path = route.path().template().replace("{customerId}", "c-1").replace("{entryId}", entryId);
    String body = route.method().equals("POST") ? "{\"points\":1,\"note\":\"auth test\"}" : null;
    return caller.send(route.method(), path, body, Map.of());
  }

  private Map<String, Object> state() {
    Map<String, Object> state = new HashMap<>(admin.get("/v1/customers/c-1/balance").json());
    state.put("history", admin.get("/v1/customers/c-1/transactions?includeDeleted=true&limit=100").items());
    return state;
  }

  private static void assertUnauthorized(Http.Result result, String why) {
    assertEquals(401, result.status(), why + ": " + result);
    assertEquals("application/problem+json", result.contentType());
    assertEquals("Bearer", result.header("www-authenticate"), why);
    assertEquals("Authorization", result.problemField(), why);
  }

  @Test
  void everyRouteRefusesCallersWithoutAValidKey() {
    String revoked = program.key(Role.VENDOR);
    assertTrue(backend.stores().apiKeys().revoke(program.id(), revoked.substring(3, 13), Instant.now()));
    Map<String, Object> before = state();
    Map<String, Map<String, String>> headers = new java.util.LinkedHashMap<>();
    headers.put("no Authorization header", Map.of());
    headers.put("Basic scheme", Map.of("authorization", "Basic dXNlcjpwYXNz"));
    headers.put("Bearer without key", Map.of("authorization", "Bearer"));
    headers.put("malformed key", Map.of("authorization", "Bearer kp_short"));
    headers.put("key with extra text", Map.of("authorization", "Bearer " + program.admin() + " extra"));
    headers.put("well-formed unknown key", Map.of("authorization", "Bearer " + WELL_FORMED_UNKNOWN));
    headers.put("revoked key", Map.of("authorization", "Bearer " + revoked));

    // a fresh function: nothing about these keys is cached from earlier requests
    LedgerFunction fresh = new LedgerFunction(backend);
    Http anonymous = new Http(fresh, null);
    for (Route route : fresh.routes()) {
      String path = route.path().template().replace("{customerId}", "c-1").replace("{entryId}", entryId);
      String body = route.method().equals("POST") ? "{\"points\":1,\"note\":\"x\"}" : null;
      headers.forEach((why, h) ->
          assertUnauthorized(anonymous.send(route.method(), path, body, h), route.routeKey() + " with " + why));
    }
    assertEquals(before, state(), "nothing was written");
  }

  @Test
  void aKeyMayOnlyCallTheRoutesItsRoleAllows() {
    Map<String, Object> before = state();
    List<Map.Entry<Route, Role>> allowedWrites = new ArrayList<>();
    for (Route route : function.routes()) {
      for (Role role : Role.values()) {
        if (!route.roles().contains(role)) {
          Http.Result result = call(admin.as(program.key(role)), route);
          assertEquals(403, result.status(), role + " on " + route.routeKey() + ": " + result);
          assertEquals("application/problem+json", result.contentType());
          assertEquals("Authorization", result.problemField());
        } else if (route.method().equals("GET")) {
          Http.Result result = call(admin.as(program.key(role)), route);
          assertEquals(200, result.status(), role + " on " + route.routeKey() + ": " + result);
        } else {
          allowedWrites.add(Map.entry(route, role));
        }
      }
    }
    assertEquals(before, state(), "refused callers and reads wrote nothing");

    for (Map.Entry<Route, Role> allowed : allowedWrites) {
      Http.Result result = call(admin.as(program.key(allowed.getValue())), allowed.getKey());
      assertTrue(result.status() != 401 && result.status() != 403,
          allowed.getValue() + " on " + allowed.getKey().routeKey() + ": " + result);
    }
  }

  @Test
  void theIssuesRoleRulesHold() {
    Http webshop = admin.as(program.key(Role.WEBSHOP));
    Http vendor = admin.as(program.key(Role.VENDOR));
    String tx = "/v1/customers/c-1/transactions";
    assertEquals(403, webshop.post(tx, "{\"points\":5,\"note\":\"x\"}").status());
    assertEquals(403, webshop.post(tx + "/preview", "{\"points\":5,\"note\":\"x\"}").status());
    assertEquals(403, webshop.delete(tx + "/" + entryId).status());
    assertEquals(403, vendor.delete(tx + "/" + entryId).status());
    assertEquals(201, vendor.post(tx, "{\"points\":5,\"note\":\"vendor credit\"}").status());
    assertEquals(200, webshop.get(tx).status());
    assertEquals(200, webshop.get("/v1/customers/c-1/balance").status());
    assertEquals(105, admin.get("/v1/customers/c-1/balance").number("balance"));
  }

  @Test
  void onlyAnAdminSeesDeletedEntries() {
    String tx = "/v1/customers/c-1/transactions";
    assertEquals(200, admin.delete(tx + "/" + entryId).status());
    for (Role role : List.of(Role.WEBSHOP, Role.VENDOR)) {
      Http.Result refused = admin.as(program.key(role)).get(tx + "?includeDeleted=true");
      assertEquals(403, refused.status(), refused.toString());
      assertEquals("includeDeleted", refused.problemField());
      assertEquals(List.of(), admin.as(program.key(role)).get(tx).items(), "deleted entries stay hidden");
    }
    List<Map<String, Object>> audit = admin.get(tx + "?includeDeleted=true").items();
    assertEquals(1, audit.size());
    assertEquals(entryId, audit.get(0).get("id"));
    assertNotEquals(null, audit.get(0).get("deletedAt"));
  }

  @Test
  void theKeyThatMadeAnEntryIsRecorded() {
    Http vendor = admin.as(program.key(Role.VENDOR));
    Http.Result credit = vendor.post("/v1/customers/c-1/transactions", "{\"points\":5,\"note\":\"by vendor\"}");
    assertEquals(program.key(Role.VENDOR).substring(3, 13), credit.string("createdBy"));
    Http.Result deleted = admin.delete("/v1/customers/c-1/transactions/" + credit.string("id"));
    assertEquals(program.admin().substring(3, 13), deleted.string("deletedBy"));
  }
}
