package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Program B's keys can never read or change program A's customers, for every route of CustomersFunction: reads of
 * A's ids are 404, searches and listings show nothing of A (even with a cursor A was given), and a PUT with A's id
 * creates B's own customer (201) while A's stays as it was. A route added without a case fails
 * {@link #everyServedRouteHasAnIsolationCase}.
 */
@ExtendWith(TestBackend.class)
class CustomersTenantIsolationTest {
  private static final String A_PROFILE = "{\"email\":\"anna@a-shop.nl\",\"name\":\"Anna A\",\"cardCode\":\"A-CARD-01\"}";

  /** What B does with what it knows of A; each case asserts the answers B gets. */
  private static final Map<String, BiConsumer<Http, String>> CASES = new LinkedHashMap<>();

  static {
    CASES.put("GET /v1/customers/{customerId}", (b, aCursor) -> {
      assertStatus(404, b.get("/v1/customers/anna-a"));
      assertStatus(404, b.get("/v1/customers/bert-a"));
    });
    CASES.put("GET /v1/customers/{customerId}/shortcodes", (b, aCursor) -> {
      assertStatus(404, b.get("/v1/customers/anna-a/shortcodes"));
      assertStatus(404, b.get("/v1/customers/bert-a/shortcodes"));
    });
    CASES.put("GET /v1/customers", (b, aCursor) -> {
      for (String q : List.of("anna", "a-card", "anna@a-shop", "bert", "a")) {
        Http.Result found = b.get("/v1/customers?q=" + q);
        assertStatus(200, found);
        assertEquals(List.of(), found.items(), "B finds nothing of A for q=" + q);
      }
      assertEquals(List.of(), b.get("/v1/customers").items());
      Http.Result withACursor = b.get("/v1/customers?cursor=" + aCursor);
      assertStatus(200, withACursor);
      assertEquals(List.of(), withACursor.items(), "A's cursor only moves through B's own data");
    });
    CASES.put("PUT /v1/customers/{customerId}", (b, aCursor) -> {
      Http.Result created = b.put("/v1/customers/anna-a", "{\"email\":\"other@b-shop.nl\",\"name\":\"Other B\","
          + "\"cardCode\":\"A-CARD-01\"}");
      assertStatus(201, created);
      assertEquals("other@b-shop.nl", created.string("email"), "B's own, new customer");
      assertEquals("other@b-shop.nl", b.get("/v1/customers/anna-a").string("email"));
    });
  }

  private static void assertStatus(int expected, Http.Result result) {
    assertEquals(expected, result.status(), result.toString());
  }

  private Backend backend;
  private CustomersFunction function;
  private Http aAdmin;
  private String aCursor;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    function = new CustomersFunction(backend);
    aAdmin = new Http(function, TestProgram.create(backend, ProgramKind.SHOP).admin());
    assertStatus(201, aAdmin.put("/v1/customers/anna-a", A_PROFILE));
    assertStatus(201, aAdmin.put("/v1/customers/bert-a", "{\"email\":\"bert@a-shop.nl\",\"name\":\"Bert A\"}"));
    aCursor = (String) aAdmin.get("/v1/customers?limit=1").json().get("nextCursor");
  }

  private List<Object> aState() {
    return List.of(aAdmin.get("/v1/customers/anna-a").json(), aAdmin.get("/v1/customers/bert-a").json(),
        aAdmin.get("/v1/customers?q=a").json(), aAdmin.get("/v1/customers").json());
  }

  @Test
  void everyServedRouteHasAnIsolationCase() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(served, new TreeSet<>(CASES.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> programBCannotReachProgramAsCustomers() {
    return function.routes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () -> {
      BiConsumer<Http, String> attempt = CASES.get(route.routeKey());
      if (attempt == null) {
        fail("no tenant-isolation case for " + route.routeKey());
      }
      List<Object> before = aState();
      for (Role role : Role.values()) {
        if (!route.roles().contains(role)) {
          continue; // refused with 403 before any data is touched; LedgerAuthTest-style role tests cover that
        }
        TestProgram programB = TestProgram.create(backend, ProgramKind.SHOP); // fresh: cases may create in B
        attempt.accept(new Http(function, programB.key(role)), aCursor);
      }
      assertEquals(before, aState(), "A's customers, search and listing are unchanged");
    }));
  }

  @Test
  void aCardCodeIsUniqueWithinAProgramOnly() {
    Http b = new Http(function, TestProgram.create(backend, ProgramKind.SHOP).admin());
    assertStatus(201, b.put("/v1/customers/someone", "{\"email\":\"s@b.nl\",\"name\":\"S\",\"cardCode\":\"A-CARD-01\"}"));
    assertEquals("A-CARD-01", aAdmin.get("/v1/customers/anna-a").string("cardCode"));
    assertEquals(List.of("anna-a"),
        aAdmin.get("/v1/customers?q=a-card-01").items().stream().map(c -> c.get("customerId")).toList());
  }
}
