package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * History queries: newest first across pages, filtered by reason and date range, deleted entries for admins only.
 * The entries are made at known times with a hand-moved clock, so ranges and order are exact.
 */
@ExtendWith(TestBackend.class)
class TransactionFiltersTest {
  private static final Instant DAY_1 = Instant.parse("2026-03-01T10:00:00Z");
  private static final String TX = "/v1/customers/c-1/transactions";

  private TestClock clock;
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend shared) {
    clock = new TestClock(DAY_1);
    backend = Backend.over(shared.stores().client(), shared.stores().table(), clock);
    program = TestProgram.create(backend, ProgramKind.SHOP);
    backend.stores().customers().save(program.id(), new CustomerId("c-1"),
        CustomerDetails.parse("c1@example.com", "C One", null), clock.instant());
    admin = new Http(new LedgerFunction(backend), program.admin());
  }

  private String credit(int points) {
    Http.Result r = admin.post(TX, "{\"points\":" + points + ",\"note\":\"credit " + points + "\"}");
    assertEquals(201, r.status(), r.toString());
    return r.string("id");
  }

  private String record(Reason reason, int points) {
    return backend.stores().ledger().record(program.id(), new BalanceChange(new CustomerId("c-1"), points,
        EntryKind.EARN, reason, "by " + reason, "ref-" + points, "automation", null)).entry().id();
  }

  private List<String> ids(String query) {
    Http.Result r = admin.get(TX + query);
    assertEquals(200, r.status(), r.toString());
    assertTrue(r.json().get("nextCursor") == null, "one page expected: " + r);
    return r.items().stream().map(e -> (String) e.get("id")).toList();
  }

  @Test
  void pagesRunNewestFirstWithoutDuplicatesOrGaps() {
    List<String> created = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      created.add(credit(i));
      clock.advance(Duration.ofSeconds(1));
    }
    List<String> seen = new ArrayList<>();
    List<String> createdAt = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Result page = admin.get(TX + "?limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      page.items().forEach(e -> {
        seen.add((String) e.get("id"));
        createdAt.add((String) e.get("createdAt"));
      });
      cursor = (String) page.json().get("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertEquals(3, pages);
    List<String> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, seen);
    assertEquals(seen.size(), new LinkedHashSet<>(seen).size());
    List<String> sortedTimes = new ArrayList<>(createdAt);
    sortedTimes.sort(Collections.reverseOrder());
    assertEquals(sortedTimes, createdAt);
  }

  @Test
  void aFullLastPageHasNoCursorToAnEmptyPage() {
    for (int i = 1; i <= 10; i++) {
      credit(i);
      clock.advance(Duration.ofMillis(5));
    }
    Http.Result page = admin.get(TX + "?limit=10");
    assertEquals(10, page.items().size());
    assertEquals(null, page.json().get("nextCursor"));
  }

  @Test
  void filtersByReason() {
    String manual = credit(1);
    clock.advance(Duration.ofSeconds(1));
    String order = record(Reason.ORDER, 2);
    clock.advance(Duration.ofSeconds(1));
    String review = record(Reason.REVIEW, 3);
    clock.advance(Duration.ofSeconds(1));
    String order2 = record(Reason.ORDER, 4);

    assertEquals(List.of(order2, order), ids("?reason=order"));
    assertEquals(List.of(order2, order), ids("?reason=ORDER"), "reason names are case-insensitive");
    assertEquals(List.of(review), ids("?reason=review"));
    assertEquals(List.of(manual), ids("?reason=manual"));
    assertEquals(List.of(), ids("?reason=gift"));
  }

  @Test
  void filtersByAnInclusiveDateRange() {
    List<String> byDay = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      clock.set(DAY_1.plus(Duration.ofDays(day)));
      byDay.add(credit(10 + day));
    }
    assertEquals(List.of(byDay.get(3), byDay.get(2), byDay.get(1)),
        ids("?from=2026-03-02T10:00:00Z&to=2026-03-04T10:00:00Z"), "both ends inclusive");
    assertEquals(List.of(byDay.get(2), byDay.get(1)), ids("?from=2026-03-02T00:00:00Z&to=2026-03-03T23:59:59Z"));
    assertEquals(List.of(byDay.get(4), byDay.get(3)), ids("?from=2026-03-04T00:00:00Z"));
    assertEquals(List.of(byDay.get(1), byDay.get(0)), ids("?to=2026-03-02T10:00:00.000Z"));
    assertEquals(List.of(), ids("?from=2026-03-02T10:00:00.001Z&to=2026-03-03T09:59:59.999Z"));
    assertEquals(List.of(byDay.get(2)), ids("?from=2026-03-03T10:00:00Z&to=2026-03-03T10:00:00Z"));
  }

  @Test
  void aRangeAndAReasonPageTogether() {
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      clock.set(DAY_1.plus(Duration.ofHours(i)));
      orders.add(record(Reason.ORDER, 1 + i));
      credit(100 + i);
    }
    // hours 2..9 of day 1, orders only, 3 per page
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Http.Result page = admin.get(TX + "?reason=order&limit=3&from=2026-03-01T12:00:00Z&to=2026-03-01T19:00:00Z"
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      page.items().forEach(e -> seen.add((String) e.get("id")));
      cursor = (String) page.json().get("nextCursor");
    } while (cursor != null);
    List<String> expected = new ArrayList<>(orders.subList(2, 10));
    Collections.reverse(expected);
    assertEquals(expected, seen);
  }

  @Test
  void deletedEntriesAreHiddenExceptFromTheAdminsAudit() {
    String kept = credit(50);
    clock.advance(Duration.ofSeconds(1));
    String removed = credit(20);
    assertEquals(200, admin.delete(TX + "/" + removed).status());
    assertEquals(List.of(kept), ids(""));
    List<Map<String, Object>> audit = admin.get(TX + "?includeDeleted=true").items();
    assertEquals(List.of(removed, kept), audit.stream().map(e -> e.get("id")).toList());
    assertEquals(program.admin().substring(3, 13), audit.get(0).get("deletedBy"), "the admin key's id");
    assertEquals(List.of(kept), ids("?includeDeleted=false"));
    assertEquals(50, admin.get("/v1/customers/c-1/balance").number("balance"));
  }

  @Test
  void aKnownCustomerWithNothingMatchingGetsAnEmptyPageAndAnUnknownOneA404() {
    assertEquals(List.of(), ids(""), "a customer without entries");
    credit(10);
    assertEquals(List.of(), ids("?reason=order"), "entries exist, none matches");
    assertEquals(List.of(), ids("?from=2027-01-01T00:00:00Z"), "entries exist, none in range");
    Http.Result unknown = admin.get("/v1/customers/ghost/transactions?reason=order");
    assertEquals(404, unknown.status(), unknown.toString());
  }
}
