package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Program B's keys can never read or change program A's customers, balances or entries: for every route of
 * LedgerFunction, B's keys (each role) aimed at A's customer and entry ids get 404 (or 403 where the role may not
 * call the route at all), and A's balances and full histories stay exactly as they were. The cases are keyed by
 * route; a route added without a case fails {@link #everyServedRouteHasAnIsolationCase}.
 */
@ExtendWith(TestBackend.class)
class LedgerTenantIsolationTest {
  private static final String CREDIT = "{\"points\":5,\"note\":\"from B\"}";
  private static final String DEBIT = "{\"points\":-5,\"note\":\"from B\"}";

  /** Requests B sends at A's data for one route, given the ids of A's customer and entry. */
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    CASES.put("GET /v1/customers/{customerId}/balance", (b, a, role) -> List.of(
        b.get("/v1/customers/" + a.customer() + "/balance")));
    CASES.put("GET /v1/customers/{customerId}/transactions", (b, a, role) -> Stream.of(
        b.get("/v1/customers/" + a.customer() + "/transactions"),
        b.get("/v1/customers/" + a.customer() + "/transactions?cursor=" + a.cursor()),
        role == Role.ADMIN // others may not ask for deleted entries at all (LedgerAuthTest)
            ? b.get("/v1/customers/" + a.customer() + "/transactions?includeDeleted=true&limit=100")
            : null).filter(java.util.Objects::nonNull).toList());
    CASES.put("POST /v1/customers/{customerId}/transactions/preview", (b, a, role) -> List.of(
        b.post("/v1/customers/" + a.customer() + "/transactions/preview", DEBIT)));
    CASES.put("POST /v1/customers/{customerId}/transactions", (b, a, role) -> List.of(
        b.post("/v1/customers/" + a.customer() + "/transactions", CREDIT),
        b.post("/v1/customers/" + a.customer() + "/transactions", DEBIT),
        b.send("POST", "/v1/customers/" + a.customer() + "/transactions", a.firstBody(),
            Map.of("Idempotency-Key", a.idempotencyKey()))));
    CASES.put("DELETE /v1/customers/{customerId}/transactions/{entryId}", (b, a, role) -> List.of(
        b.delete("/v1/customers/" + a.customer() + "/transactions/" + a.entry()),
        b.delete("/v1/customers/" + a.customer() + "/transactions/" + a.debitEntry()),
        b.delete("/v1/customers/" + a.bOwnCustomer() + "/transactions/" + a.entry())));
  }

  /** The requests of one route that B sends at A's data. */
  @FunctionalInterface
  interface Case {
    List<Http.Result> send(Http b, Ids a, Role role);
  }

  /** What B knows (or guesses) of A: ids, a cursor A was given, an idempotency key A used. */
  record Ids(String customer, String entry, String debitEntry, String cursor, String idempotencyKey,
      String firstBody, String bOwnCustomer) {}

  private Backend backend;
  private Http aAdmin;
  private Ids a;
  private TestProgram programB;
  private LedgerFunction function;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    function = new LedgerFunction(backend);
    TestProgram programA = TestProgram.create(backend, ProgramKind.SHOP);
    programB = TestProgram.create(backend, ProgramKind.SHOP);
    save(programA, "a-customer");
    save(programB, "b-own");
    aAdmin = new Http(function, programA.admin());
    String firstBody = "{\"points\":300,\"note\":\"A's credit\"}";
    String entry = aAdmin.send("POST", "/v1/customers/a-customer/transactions", firstBody,
        Map.of("Idempotency-Key", "a-key-1")).string("id");
    String debit = aAdmin.post("/v1/customers/a-customer/transactions", "{\"points\":-50,\"note\":\"A's debit\"}")
        .string("id");
    aAdmin.post("/v1/customers/a-customer/transactions", "{\"points\":7,\"note\":\"A's third\"}");
    String cursor = (String) aAdmin.get("/v1/customers/a-customer/transactions?limit=1").json().get("nextCursor");
    a = new Ids("a-customer", entry, debit, cursor, "a-key-1", firstBody, "b-own");
  }

  private void save(TestProgram program, String id) {
    backend.stores().customers().save(program.id(), new CustomerId(id),
        CustomerDetails.parse(id + "@example.com", "Customer " + id, null), Instant.now());
  }

  private List<Object> aState() {
    return List.of(aAdmin.get("/v1/customers/a-customer/balance").json(),
        aAdmin.get("/v1/customers/a-customer/transactions?includeDeleted=true&limit=100").json());
  }

  @Test
  void everyServedRouteHasAnIsolationCase() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(served, new TreeSet<>(CASES.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> programBCannotReachProgramAsLedger() {
    return function.routes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () -> {
      Case requests = CASES.get(route.routeKey());
      if (requests == null) {
        fail("no tenant-isolation case for " + route.routeKey());
      }
      List<Object> before = aState();
      for (Role role : Role.values()) {
        Http b = new Http(function, programB.key(role));
        int expected = route.roles().contains(role) ? 404 : 403;
        List<Http.Result> results = new ArrayList<>(requests.send(b, a, role));
        assertTrue(!results.isEmpty());
        for (Http.Result result : results) {
          assertEquals(expected, result.status(), role + " of B on " + route.routeKey() + ": " + result);
          assertEquals("application/problem+json", result.contentType());
        }
      }
      assertEquals(before, aState(), "A's balance and history are unchanged");
    }));
  }

  @Test
  void theSameCustomerIdInTwoProgramsIsTwoCustomers() {
    TestProgram programC = TestProgram.create(backend, ProgramKind.SHOP);
    save(programC, "a-customer");
    Http c = new Http(function, programC.admin());
    assertEquals(0, c.get("/v1/customers/a-customer/balance").number("balance"));
    assertEquals(List.of(), c.get("/v1/customers/a-customer/transactions?includeDeleted=true").items());
    assertEquals(404, c.delete("/v1/customers/a-customer/transactions/" + a.entry()).status());
    assertEquals(409, c.post("/v1/customers/a-customer/transactions", DEBIT).status(), "C's balance is its own: 0");
    Http.Result replayAttempt = c.send("POST", "/v1/customers/a-customer/transactions", a.firstBody(),
        Map.of("Idempotency-Key", a.idempotencyKey()));
    assertEquals(201, replayAttempt.status(), "A's idempotency key means nothing in C");
    assertTrue(!a.entry().equals(replayAttempt.string("id")));
    assertEquals(257, aAdmin.get("/v1/customers/a-customer/balance").number("balance"));
  }
}
