package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Customers through API Gateway v2 events, the real CustomersFunction and DynamoDB Local. */
@ExtendWith(TestBackend.class)
class CustomersHttpTest {
  private Http admin;
  private Http webshop;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new CustomersFunction(backend), program.admin());
    webshop = admin.as(program.key(Role.WEBSHOP));
  }

  private static String customer(String email, String name, String cardCode) {
    return cardCode == null
        ? "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}"
        : "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"cardCode\":\"" + cardCode + "\"}";
  }

  private Http.Result put(String id, String email, String name, String cardCode) {
    Http.Result result = webshop.put("/v1/customers/" + id, customer(email, name, cardCode));
    assertTrue(result.status() == 200 || result.status() == 201, result.toString());
    return result;
  }

  private List<String> search(String q) {
    Http.Result result = webshop.get("/v1/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(200, result.status(), result.toString());
    return result.items().stream().map(c -> (String) c.get("customerId")).toList();
  }

  private static void assertProblem(Http.Result result, int status, String field) {
    assertEquals(status, result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(field, result.problemField(), result.toString());
  }

  @Test
  void createThenUpdateThenUnchanged() {
    Http.Result created = webshop.put("/v1/customers/c-1", customer(" Anna@Example.COM ", " Anna de Vries ", "ab12-cd34"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("application/json", created.contentType());
    assertEquals("c-1", created.string("customerId"));
    assertEquals("anna@example.com", created.string("email"));
    assertEquals("Anna de Vries", created.string("name"));
    assertEquals("AB12-CD34", created.string("cardCode"));
    assertEquals(created.string("createdAt"), created.string("updatedAt"));

    Http.Result unchanged = webshop.put("/v1/customers/c-1", customer("anna@example.com", "Anna de Vries", "AB12-CD34"));
    assertEquals(200, unchanged.status(), unchanged.toString());
    assertEquals(created.string("updatedAt"), unchanged.string("updatedAt"), "nothing was rewritten");

    Http.Result updated = webshop.put("/v1/customers/c-1", customer("anna@example.nl", "Anna de Vries", null));
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("anna@example.nl", updated.string("email"));
    assertNull(updated.json().get("cardCode"));
    assertEquals(created.string("createdAt"), updated.string("createdAt"));

    Http.Result read = webshop.get("/v1/customers/c-1");
    assertEquals(200, read.status());
    assertEquals(updated.json(), read.json());
  }

  @Test
  void anUnknownCustomerIs404NamingTheId() {
    Http.Result result = webshop.get("/v1/customers/nobody");
    assertProblem(result, 404, "customerId");
    assertEquals("NOT_FOUND", result.string("code"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a%23b", "a%2Fb", "a%20b", "%C3%A9"})
  void aCustomerIdThatCannotBeOneIs400(String encodedId) {
    assertProblem(webshop.get("/v1/customers/" + encodedId), 400, "customerId");
    assertProblem(webshop.put("/v1/customers/" + encodedId, customer("a@b.nl", "A", null)), 400, "customerId");
  }

  @Test
  void customerIdsUpTo128CharactersWork() {
    String longest = "x".repeat(128);
    assertEquals(201, webshop.put("/v1/customers/" + longest, customer("a@b.nl", "A", null)).status());
    assertEquals(200, webshop.get("/v1/customers/" + longest).status());
    assertProblem(webshop.put("/v1/customers/" + longest + "y", customer("a@b.nl", "A", null)), 400, "customerId");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"email\":\"a@b.nl\"}|name",
      "{\"name\":\"A\"}|email",
      "{\"email\":\"nope\",\"name\":\"A\"}|email",
      "{\"email\":\"a@b.nl\",\"name\":\"A\",\"cardCode\":\"X\"}|cardCode",
      "{\"email\":\"a@b.nl\",\"name\":\"A\",\"phone\":\"06\"}|phone",
      "{\"email\":5,\"name\":\"A\"}|email",
      "{\"email\":\"a@b.nl\",\"name\":\"A\"} trailing|body",
      "[]|body",
      "not json|body",
  })
  void badBodiesAre400NamingTheFieldAndCreateNothing(String body, String field) {
    assertProblem(webshop.put("/v1/customers/c-bad", body), 400, field);
    assertEquals(404, webshop.get("/v1/customers/c-bad").status());
  }

  @Test
  void aCardCodeTakenByAnotherCustomerIs409AndChangesNothing() {
    put("c-1", "anna@example.com", "Anna", "CARD-0001");
    put("c-2", "bob@example.com", "Bob", "CARD-0002");
    Map<String, Object> annaBefore = webshop.get("/v1/customers/c-1").json();
    Map<String, Object> bobBefore = webshop.get("/v1/customers/c-2").json();

    Http.Result taken = webshop.put("/v1/customers/c-2", customer("bob.new@example.com", "Bob New", "card-0001"));
    assertProblem(taken, 409, "cardCode");
    assertEquals("CARD_CODE_TAKEN", taken.string("code"));
    assertProblem(webshop.put("/v1/customers/c-3", customer("carl@example.com", "Carl", "CARD-0001")), 409,
        "cardCode");

    assertEquals(annaBefore, webshop.get("/v1/customers/c-1").json());
    assertEquals(bobBefore, webshop.get("/v1/customers/c-2").json());
    assertEquals(404, webshop.get("/v1/customers/c-3").status());
    assertEquals(List.of(), search("bob.new"));
    assertEquals(List.of("c-1"), search("card-0001"));
  }

  @Test
  void findsByCardCodeNamePrefixOrEmailPrefix() {
    put("c-1", "anna@example.com", "Anna de Vries", "AB12-0001");
    put("c-2", "bob@shop.nl", "Bob Jansen", "XY99-0002");
    put("c-3", "zoe@example.com", "Zoë Ångström", null);

    assertEquals(List.of("c-1"), search("AB12-0001"));
    assertEquals(List.of("c-1"), search("ab12"), "card code prefix, any case");
    assertEquals(List.of("c-2"), search("Bob J"));
    assertEquals(List.of("c-2"), search("bob@shop"));
    assertEquals(List.of("c-3"), search("zoe a"), "accents folded in the stored name");
    assertEquals(List.of("c-3"), search("ZOË ÅNG"), "accents folded in the query");
    assertEquals(List.of(), search("vries"), "a prefix, not a substring");
    assertEquals(List.of(), search("nobody"));
  }

  @Test
  void aCustomerMatchingOnSeveralFieldsAppearsOnce() {
    put("c-1", "anna@example.com", "Anna", "ANNA-0001");
    put("c-2", "annabel@example.com", "Bel", null);
    List<String> found = search("anna");
    assertEquals(2, found.size(), found.toString());
    assertEquals(Set.of("c-1", "c-2"), Set.copyOf(found));
  }

  @Test
  void searchPagesWithTheOpaqueCursorWithoutDuplicatesOrGaps() {
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= 45; i++) {
      String id = String.format("p-%02d", i);
      put(id, String.format("page.person%02d@example.com", i), String.format("Page Person %02d", i), null);
      expected.add(id);
    }
    put("other", "someone@example.com", "Someone Else", null);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String url = "/v1/customers?q=page&limit=10" + (cursor == null ? "" : "&cursor=" + cursor);
      Http.Result page = webshop.get(url);
      assertEquals(200, page.status(), page.toString());
      assertTrue(page.items().size() <= 10);
      page.items().forEach(c -> seen.add((String) c.get("customerId")));
      cursor = (String) page.json().get("nextCursor");
      pages++;
      assertTrue(pages <= 10, "the cursor must make progress");
    } while (cursor != null);

    assertEquals(5, pages);
    assertEquals(seen.size(), new LinkedHashSet<>(seen).size(), "no duplicates: " + seen);
    assertEquals(expected, new TreeSet<>(seen), "no gaps");
  }

  @Test
  void listingWithoutQPagesThroughEveryCustomerById() {
    for (int i = 1; i <= 23; i++) {
      put(String.format("l-%02d", i), "l" + i + "@example.com", "List " + i, null);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Http.Result page = webshop.get("/v1/customers?limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      page.items().forEach(c -> seen.add((String) c.get("customerId")));
      cursor = (String) page.json().get("nextCursor");
    } while (cursor != null);
    assertEquals(new ArrayList<>(new TreeSet<>(seen)), seen, "ordered by customer id");
    assertEquals(23, seen.size());
  }

  @Test
  void aTamperedCursorIs400NamingCursor() {
    for (int i = 1; i <= 3; i++) {
      put("t-" + i, "t" + i + "@example.com", "Tamper " + i, null);
    }
    String cursor = (String) webshop.get("/v1/customers?q=tamper&limit=1").json().get("nextCursor");
    assertNotNull(cursor);
    assertEquals(200, webshop.get("/v1/customers?q=tamper&limit=1&cursor=" + cursor).status());

    String intoTheListRows = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("\u0001t-1".getBytes(StandardCharsets.UTF_8));
    for (String tampered : List.of("x" + cursor, "not-base64!", "QUFBQQ", intoTheListRows)) {
      assertProblem(webshop.get("/v1/customers?q=tamper&limit=1&cursor=" + tampered), 400, "cursor");
    }
    assertProblem(webshop.get("/v1/customers?q=other&cursor=" + cursor), 400, "cursor");
    assertProblem(webshop.get("/v1/customers?cursor=" + cursor), 400, "cursor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/v1/customers?limit=0|limit",
      "/v1/customers?limit=101|limit",
      "/v1/customers?limit=ten|limit",
      "/v1/customers?q=%07|q",
      "/v1/customers?q=%20%20|q",
  })
  void badQueryParametersAre400NamingThem(String url, String field) {
    assertProblem(webshop.get(url), 400, field);
  }

  @Test
  void aQueryOfMoreThan100CharactersIs400() {
    assertProblem(webshop.get("/v1/customers?q=" + "a".repeat(101)), 400, "q");
  }

  @Test
  void everyRoleMayManageCustomers() {
    assertEquals(201, admin.put("/v1/customers/by-admin", customer("x@y.nl", "X", null)).status());
    assertEquals(200, webshop.get("/v1/customers/by-admin").status());
    assertNotEquals(401, admin.get("/v1/customers").status());
  }
}
