package nl.klantpunten.functions.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeEvaluation;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.BadgeMeasure;
import nl.klantpunten.core.badge.Catalog;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Balance and badge segments over a program of a few thousand customers, through the real handler, gsi2 and the
 * badge holder rows of DynamoDB Local: every page is at most {@code limit}, paging visits each member exactly once,
 * edges are inclusive, open ranges work, and another program's customers never appear.
 */
@ExtendWith(TestBackend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerSegmentsTest {
  private static final int CUSTOMERS = 2000;
  private final Map<String, Long> balances = new TreeMap<>();
  private final Set<String> goldHolders = new TreeSet<>();
  private static final Badge GOLD = new Badge(new BadgeId("gold"), "Gold", null, null, new PointsRange(0, null));
  private Http admin;
  private Http otherProgram;

  /** Customer i gets (i * 37) % 600 points; one in five keeps 0 (never credited). */
  @BeforeAll
  void seed(Backend backend) throws Exception {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new CustomersFunction(backend), program.admin());
    otherProgram = new Http(new CustomersFunction(backend), other.admin());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CUSTOMERS; i++) {
        String id = "seg-" + i;
        long points = i % 5 == 0 ? 0 : (i * 37L) % 600;
        balances.put(id, points);
        done.add(pool.submit(() -> {
          CustomerId customer = new CustomerId(id);
          backend.stores().customers().save(program.id(), customer,
              CustomerDetails.parse(id + "@example.com", "Seg " + id, null), Instant.now());
          if (points > 0) {
            backend.stores().ledger().record(program.id(),
                new BalanceChange(customer, points, EntryKind.ADJUST, Reason.MANUAL, "seed", null, "test", null));
          }
        }));
      }
      for (int i = 0; i < 30; i++) {
        CustomerId customer = new CustomerId("seg-" + i);
        done.add(pool.submit(() -> backend.stores().customers().save(other.id(), customer,
            CustomerDetails.parse("o@example.com", "Other", null), Instant.now())));
      }
      for (Future<?> f : done) {
        f.get();
      }
      done.clear();
      for (int i = 0; i < CUSTOMERS; i += 7) {
        String id = "seg-" + i;
        goldHolders.add(id);
        done.add(pool.submit(() -> holdGold(backend, program, new CustomerId(id), balances.get(id))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Stores a badge state holding gold, with its holder row, exactly as the badge evaluation does. */
  private static void holdGold(Backend backend, TestProgram program, CustomerId customer, long points) {
    BadgeEvaluation.Outcome outcome = BadgeEvaluation.evaluate(null, new BadgeEvaluation.Seen(1, points, points, 0),
        BadgeMeasure.BALANCE, new Catalog(List.of(GOLD), List.of()), Instant.now()).orElseThrow();
    assertTrue(backend.stores().badgeStates().record(program.id(), customer, null, outcome));
  }

  /** Pages through a segment, checking every page, and returns each member's balance by id. */
  private Map<String, Long> all(Http http, String query, int limit) {
    Map<String, Long> seen = new TreeMap<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Result page = http.get("/v1/customers?" + query + "&limit=" + limit
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      assertTrue(page.items().size() <= limit, "page larger than limit");
      for (Map<String, Object> item : page.items()) {
        Object previous = seen.put((String) item.get("customerId"), ((Number) item.get("balance")).longValue());
        assertNull(previous, "customer listed twice: " + item);
      }
      cursor = page.string("nextCursor");
      pages++;
      assertTrue(pages < 10_000, "paging does not end");
    } while (cursor != null);
    return seen;
  }

  private Map<String, Long> expected(long min, long max) {
    return balances.entrySet().stream().filter(e -> e.getValue() >= min && e.getValue() <= max)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  @Test
  void aClosedRangeListsEveryMemberOnceWithInclusiveEdges() {
    long low = balances.get("seg-1");
    long high = balances.get("seg-7");
    Map<String, Long> members = all(admin, "minBalance=" + low + "&maxBalance=" + high, 37);
    assertEquals(expected(low, high), members);
    assertTrue(members.containsKey("seg-1") && members.containsKey("seg-7"), "customers on either edge are members");
  }

  @Test
  void openRangesAndASingleValue() {
    assertEquals(expected(550, Long.MAX_VALUE), all(admin, "minBalance=550", 100));
    assertEquals(expected(Long.MIN_VALUE, 0), all(admin, "maxBalance=0", 100));
    assertEquals(expected(111, 111), all(admin, "minBalance=111&maxBalance=111", 1));
    assertEquals(CUSTOMERS, all(admin, "minBalance=0", 100).size(), "every customer has a balance of 0 or more");
  }

  @Test
  void anExactlyFullLastPageHasNoCursor() {
    Map<String, Long> want = expected(300, 310);
    Http.Result page = admin.get("/v1/customers?minBalance=300&maxBalance=310&limit=" + want.size());
    assertEquals(want.size(), page.items().size(), page.toString());
    assertNull(page.string("nextCursor"), "nothing follows a page that holds every member");
  }

  @Test
  void anotherProgramSeesOnlyItsOwnCustomers() {
    Map<String, Long> members = all(otherProgram, "minBalance=0", 100);
    assertEquals(30, members.size());
    assertEquals(Set.of(0L), new HashSet<>(members.values()));
  }

  @Test
  void aBadgeSegmentListsEveryHolderOnceAlsoWithinABalanceRange() {
    Map<String, Long> holders = all(admin, "badge=gold", 37);
    assertEquals(goldHolders, holders.keySet());
    holders.forEach((id, balance) -> assertEquals(balances.get(id), balance, id));
    Map<String, Long> richHolders = all(admin, "badge=gold&minBalance=300", 11);
    assertEquals(goldHolders.stream().filter(id -> balances.get(id) >= 300).collect(Collectors.toSet()),
        richHolders.keySet());
    assertEquals(Map.of(), all(admin, "badge=silver", 10));
    assertEquals(Map.of(), all(otherProgram, "badge=gold", 10), "another program's holders are not listed");
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    assertProblem(admin.get("/v1/customers?minBalance=abc"), "minBalance");
    assertProblem(admin.get("/v1/customers?minBalance=10&maxBalance=5"), "maxBalance");
    assertProblem(admin.get("/v1/customers?q=anna&minBalance=10"), "q");
    assertProblem(admin.get("/v1/customers?badge=gold%23x"), "badge");
    assertProblem(admin.get("/v1/customers?minBalance=1&cursor=bm90LWEtY3Vyc29y"), "cursor");
  }

  private static void assertProblem(Http.Result result, String field) {
    assertEquals(400, result.status(), result.toString());
    assertEquals("application/problem+json", result.contentType());
    assertEquals(field, result.problemField(), result.toString());
  }
}
