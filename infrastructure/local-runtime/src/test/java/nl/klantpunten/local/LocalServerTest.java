package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local server over real HTTP (java.net.http), the real handlers and the JVM's shared DynamoDB Local: the
 * foundation's "done when" story, and what the server itself adds (routing, 404/405, body limits, query strings).
 */
@ExtendWith({TestBackend.class, TestCardFiles.Extension.class})
class LocalServerTest {
  private static LocalServer server;
  private static Backend backend;
  private static TestCardFiles cards;
  private static final List<String> accessLog = new ArrayList<>();
  private TestProgram program;
  private HttpCalls admin;

  @BeforeAll
  static void startServer(Backend shared, TestCardFiles cardFiles) {
    backend = shared;
    cards = cardFiles;
    server = LocalServer.start(0, LocalFunctions.all(shared, cardFiles.store()), Clock.systemUTC(), line -> {
      synchronized (accessLog) {
        accessLog.add(line);
      }
    });
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newProgram() {
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new HttpCalls(server.baseUri(), program.admin());
  }

  @Test
  void doneWhenStoryOverHttp() {
    var created = admin.put("/v1/customers/anna-1", "{\"email\":\"anna@example.com\",\"name\":\"Anna de Vries\"}");
    assertEquals(201, created.status(), created.toString());
    assertEquals("anna-1", created.string("customerId"));

    String path = "/v1/customers/anna-1";
    var credit = admin.send("POST", path + "/transactions", "{\"points\":500,\"note\":\"welcome gift\"}",
        Map.of("content-type", "application/json", "idempotency-key", "credit-anna-1"));
    assertEquals(201, credit.status(), credit.toString());
    String creditId = credit.string("id");
    assertEquals(500, credit.number("points"));
    assertEquals("welcome gift", credit.string("note"));

    var retried = admin.send("POST", path + "/transactions", "{\"points\":500,\"note\":\"welcome gift\"}",
        Map.of("content-type", "application/json", "idempotency-key", "credit-anna-1"));
    assertEquals(201, retried.status(), retried.toString());
    assertEquals(creditId, retried.string("id"), "a retry answers the first entry");
    assertEquals("true", retried.header("idempotent-replayed"));

    var preview = admin.post(path + "/transactions/preview", "{\"points\":-200,\"note\":\"check\"}");
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(500, preview.number("currentBalance"));
    assertEquals(300, preview.number("newBalance"));
    assertEquals(Boolean.TRUE, preview.json().get("allowed"));
    assertEquals(500, admin.get(path + "/balance").number("balance"), "a preview writes nothing");

    var debit = admin.post(path + "/transactions", "{\"points\":-200,\"note\":\"returned goods\"}");
    assertEquals(201, debit.status(), debit.toString());
    String debitId = debit.string("id");
    assertEquals(300, admin.get(path + "/balance").number("balance"));

    var history = admin.get(path + "/transactions");
    assertEquals(200, history.status(), history.toString());
    assertEquals(List.of(debitId, creditId), ids(history.items()), "both entries, newest first");

    var refused = admin.delete(path + "/transactions/" + creditId);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals(409, refused.number("status"));
    assertEquals(300, admin.get(path + "/balance").number("balance"), "a refused delete changes nothing");

    var deleted = admin.delete(path + "/transactions/" + debitId);
    assertEquals(200, deleted.status(), deleted.toString());
    var balance = admin.get(path + "/balance");
    assertEquals(500, balance.number("balance"));
    assertNotNull(balance.string("updatedAt"));

    assertEquals(List.of(creditId), ids(admin.get(path + "/transactions").items()));
    var audit = admin.get(path + "/transactions?includeDeleted=true").items();
    assertEquals(List.of(debitId, creditId), ids(audit), "the deleted entry stays in the audit trail");
    assertTrue(audit.get(0).containsKey("deletedAt"));
  }

  @Test
  void unknownPathIsProblemJson404() {
    var reply = admin.get("/v2/nothing/here");
    assertEquals(404, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals("NO_SUCH_ROUTE", reply.string("code"));
    assertEquals(404, reply.number("status"));
    assertEquals(reply.header("apigw-requestid"), reply.string("requestId"), "the problem names the request");
  }

  @Test
  void knownPathWithOtherMethodIs405NamingTheAllowedOnes() {
    var reply = admin.delete("/v1/customers/anna-1/balance");
    assertEquals(405, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(reply.string("detail").contains("GET"), reply.toString());
  }

  @Test
  void everyRouteOfEveryFunctionReachesItsHandler() {
    HttpCalls anonymous = admin.as(null);
    for (Route route : new RouteTable(LocalFunctions.all(backend, cards.store())).routes()) {
      String path = route.path().template()
          .replace("{customerId}", "c-1")
          .replace("{entryId}", "tx_01HZZZZZZZZZZZZZZZZZZZZZZZ")
          .replaceAll("\\{[^}]+}", "x");
      var reply = anonymous.send(route.method(), path, route.method().equals("GET") ? null : "{}", Map.of());
      if (route.isPublic()) {
        assertNotEquals("NO_SUCH_ROUTE", reply.string("code"), route.routeKey() + " was not routed: " + reply);
        assertNotEquals(405, reply.status(), route.routeKey() + " was not routed: " + reply);
      } else {
        assertEquals(401, reply.status(), route.routeKey() + " → " + reply);
        assertEquals("Bearer", reply.header("www-authenticate"), route.routeKey());
      }
    }
  }

  @Test
  void wrongRoleIs403AndOtherProgramsKeySeesNothing() {
    assertEquals(201, admin.put("/v1/customers/c-9", "{\"email\":\"c9@example.com\",\"name\":\"Cee\"}").status());
    var webshop = admin.as(program.key(Role.WEBSHOP));
    var refused = webshop.post("/v1/customers/c-9/transactions", "{\"points\":5,\"note\":\"x\"}");
    assertEquals(403, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());

    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    var foreign = admin.as(other.admin()).get("/v1/customers/c-9");
    assertEquals(404, foreign.status(), foreign.toString());
  }

  @Test
  void bodyOverTheHandlersLimitIs413AndWritesNothing() {
    String note = "x".repeat(100 * 1024);
    var reply = admin.put("/v1/customers/big-1", "{\"email\":\"big@example.com\",\"name\":\"" + note + "\"}");
    assertEquals(413, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals("BODY_TOO_LARGE", reply.string("code"));
    assertEquals(404, admin.get("/v1/customers/big-1").status(), "nothing was written");
  }

  @Test
  void hugeBodyIsRefusedWithoutBeingHeldAndTheServerGoesOn() {
    byte[] huge = new byte[8 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    var reply = admin.sendPublisher("POST", "/v1/customers/big-2/transactions", HttpRequest.BodyPublishers.ofByteArray(huge),
        Map.of("content-type", "application/json"));
    assertEquals(413, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals("BODY_TOO_LARGE", reply.string("code"));

    var next = admin.put("/v1/customers/after-big", "{\"email\":\"ok@example.com\",\"name\":\"Ok\"}");
    assertEquals(201, next.status(), next.toString());
  }

  @Test
  void queryStringsAreDecodedAsApiGatewayDoes() {
    assertEquals(201, admin.put("/v1/customers/q-1", "{\"email\":\"anna@example.com\",\"name\":\"Anna de Vries\"}")
        .status());
    assertEquals(201, admin.put("/v1/customers/q-2", "{\"email\":\"jan@example.com\",\"name\":\"Anna Jansen\"}")
        .status());

    assertEquals(List.of("q-1"), customerIds(admin.get("/v1/customers?q=anna%20de").items()), "%20 is a space");
    assertEquals(List.of("q-1"), customerIds(admin.get("/v1/customers?q=Anna+de").items()), "+ is a space");
    assertEquals(List.of("q-1", "q-2"), customerIds(admin.get("/v1/customers?q=%41nna").items()));
    assertEquals(List.of("q-2"), customerIds(admin.get("/v1/customers?q=jan%40example").items()));

    var repeated = admin.get("/v1/customers?q=anna&limit=1&limit=2");
    assertEquals(400, repeated.status(), "a repeated key arrives as \"1,2\": " + repeated);
    assertEquals("limit", repeated.problemField());

    var paged = admin.get("/v1/customers?q=anna&limit=1");
    assertEquals(List.of("q-1"), customerIds(paged.items()));
    String cursor = paged.string("nextCursor");
    assertNotNull(cursor);
    var next = admin.get("/v1/customers?q=anna&limit=1&cursor=" + java.net.URLEncoder.encode(cursor,
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("q-2"), customerIds(next.items()), "the opaque cursor survives the round trip");
  }

  @Test
  void nonTextBodyArrivesBase64EncodedAndIsDecodedByTheHandler() {
    var reply = admin.send("PUT", "/v1/customers/bin-1", "{\"email\":\"bin@example.com\",\"name\":\"Bin\"}",
        Map.of("content-type", "application/octet-stream"));
    assertEquals(201, reply.status(), reply.toString());
    assertEquals("bin@example.com", reply.string("email"));
  }

  @Test
  void everyRequestIsLogged() {
    admin.get("/v1/customers/nobody");
    synchronized (accessLog) {
      assertTrue(accessLog.stream().anyMatch(line -> line.startsWith("GET /v1/customers/nobody -> 404")),
          accessLog.toString());
    }
    assertFalse(server.baseUri().toString().endsWith("/"));
  }

  private static List<Object> ids(List<Map<String, Object>> items) {
    return items.stream().map(e -> e.get("id")).toList();
  }

  private static List<Object> customerIds(List<Map<String, Object>> items) {
    return items.stream().map(e -> e.get("customerId")).toList();
  }
}
