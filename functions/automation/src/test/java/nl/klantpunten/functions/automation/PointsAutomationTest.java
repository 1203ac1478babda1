package nl.klantpunten.functions.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /v1/automation/points through the handler and DynamoDB Local: add, remove, set, segments, retries. */
@ExtendWith(TestBackend.class)
class PointsAutomationTest {
  private Backend backend;
  private TestProgram program;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    this.backend = backend;
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new AutomationFunction(backend), program.admin());
    customer("anna", 120);
    customer("bob", 30);
    customer("carl", 0);
  }

  private void customer(String id, long points) {
    CustomerId c = new CustomerId(id);
    backend.stores().customers().save(program.id(), c, CustomerDetails.parse(id + "@example.com", id, null),
        Instant.now());
    if (points > 0) {
      backend.stores().ledger().record(program.id(),
          new BalanceChange(c, points, EntryKind.EARN, Reason.ORDER, "seed", null, "test", null));
    }
  }

  private long balance(String id) {
    return backend.stores().ledger().balance(program.id(), new CustomerId(id)).orElseThrow().points();
  }

  private List<LedgerEntry> automationEntries(String id) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(id),
        new EntryQuery(100, null, Reason.AUTOMATION, null, null, false)).items();
  }

  private Http.Result run(String key, String body) {
    return admin.send("POST", "/v1/automation/points", body, key == null ? Map.of() : Map.of("idempotency-key", key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> byCustomer(Http.Result r) {
    return ((List<Map<String, Object>>) r.json().get("results")).stream()
        .collect(Collectors.toMap(m -> (String) m.get("customerId"), m -> m));
  }

  private static long n(Map<String, Object> m, String field) {
    return ((Number) m.get(field)).longValue();
  }

  @Test
  void addCreditsEveryListedCustomerOnceEvenWhenTheRequestIsRetried() {
    String body = "{\"customerIds\": [\"anna\", \"bob\"], \"action\": \"add\", \"points\": 25, \"note\": \"spring\"}";
    Http.Result first = run("spring-1", body);
    assertEquals(200, first.status(), first.toString());
    assertEquals(2, first.number("applied"));
    assertEquals(145, n(byCustomer(first).get("anna"), "balance"));
    Http.Result again = run("spring-1", body);
    assertEquals(2, again.number("replayed"), again.toString());
    assertEquals(byCustomer(first).get("anna").get("entryId"), byCustomer(again).get("anna").get("entryId"));
    assertEquals(145, balance("anna"));
    assertEquals(55, balance("bob"));
    LedgerEntry entry = automationEntries("anna").get(0);
    assertEquals("spring", entry.note());
    assertEquals(1, automationEntries("anna").size());
  }

  @Test
  void removeNeverGoesBelowZeroAndReportsTheShortfall() {
    Http.Result r = run("rm-1",
        "{\"customerIds\": [\"anna\", \"bob\", \"carl\"], \"action\": \"remove\", \"points\": 50, \"note\": \"expiry\"}");
    Map<String, Map<String, Object>> results = byCustomer(r);
    assertEquals(List.of("applied", 0L, 70L, -50L), List.of(results.get("anna").get("status"),
        n(results.get("anna"), "shortfall"), n(results.get("anna"), "balance"), n(results.get("anna"), "points")));
    assertEquals(List.of("applied", 20L, 0L, -30L), List.of(results.get("bob").get("status"),
        n(results.get("bob"), "shortfall"), n(results.get("bob"), "balance"), n(results.get("bob"), "points")));
    assertEquals(List.of("unchanged", 50L, 0L), List.of(results.get("carl").get("status"),
        n(results.get("carl"), "shortfall"), n(results.get("carl"), "balance")));
    assertNull(results.get("carl").get("entryId"));
    assertEquals(0, balance("bob"));
    assertEquals(0, automationEntries("carl").size(), "nothing to remove: no entry");
  }

  @Test
  void setWritesTheDifferenceAsOneEntry() {
    Http.Result up = run("set-1",
        "{\"customerIds\": [\"anna\", \"bob\", \"carl\"], \"action\": \"set\", \"points\": 100, \"note\": \"reset\"}");
    Map<String, Map<String, Object>> results = byCustomer(up);
    assertEquals(-20, n(results.get("anna"), "points"));
    assertEquals(70, n(results.get("bob"), "points"));
    assertEquals(100, n(results.get("carl"), "points"));
    assertEquals(List.of(100L, 100L, 100L), List.of(balance("anna"), balance("bob"), balance("carl")));
    assertEquals(1, automationEntries("anna").size());
    Http.Result same = run("set-2",
        "{\"customerIds\": [\"anna\"], \"action\": \"set\", \"points\": 100, \"note\": \"reset\"}");
    assertEquals("unchanged", byCustomer(same).get("anna").get("status"));
    Http.Result zero = run("set-3",
        "{\"customerIds\": [\"anna\"], \"action\": \"set\", \"points\": 0, \"note\": \"close\"}");
    assertEquals(-100, n(byCustomer(zero).get("anna"), "points"));
    assertEquals(0, balance("anna"));
  }

  @Test
  void setLandsOnTheTargetWhileOtherChangesArrive() throws Exception {
    Thread other = new Thread(() -> {
      for (int i = 0; i < 20; i++) {
        backend.stores().ledger().record(program.id(), new BalanceChange(new CustomerId("anna"), 1, EntryKind.EARN,
            Reason.ORDER, "busy", null, "test", null));
      }
    });
    other.start();
    Http.Result r = run("set-busy", "{\"customerIds\": [\"anna\"], \"action\": \"set\", \"points\": 1000, "
        + "\"note\": \"busy\"}");
    other.join();
    assertEquals("applied", byCustomer(r).get("anna").get("status"), r.toString());
    long entryPoints = n(byCustomer(r).get("anna"), "points");
    long after = n(byCustomer(r).get("anna"), "balance");
    assertEquals(1000, after, "the balance right after the set entry");
    long busyAfterTheSet = balance("anna") - 1000;
    long busyBefore = 20 - busyAfterTheSet;
    assertEquals(1000, 120 + busyBefore + entryPoints, "the entry is the difference from the balance it replaced");
  }

  @Test
  void aSegmentByBalanceSelectsItsMembers() {
    Http.Result r = run("seg-1", "{\"segment\": {\"minBalance\": 1}, \"action\": \"add\", \"points\": 5, "
        + "\"note\": \"loyal\"}");
    assertEquals(200, r.status(), r.toString());
    assertEquals(2, r.number("customers"), "anna and bob hold points, carl does not");
    assertEquals(List.of(125L, 35L, 0L), List.of(balance("anna"), balance("bob"), balance("carl")));
  }

  @Test
  void anUnknownCustomerFailsAloneAndAReusedKeyForAnotherRequestIsRefusedPerCustomer() {
    Http.Result r = run("mix-1", "{\"customerIds\": [\"anna\", \"nobody\"], \"action\": \"add\", \"points\": 1, "
        + "\"note\": \"n\"}");
    Map<String, Map<String, Object>> results = byCustomer(r);
    assertEquals("applied", results.get("anna").get("status"));
    assertEquals("failed", results.get("nobody").get("status"));
    assertEquals(Map.of("code", "CUSTOMER_NOT_FOUND", "detail", "no customer nobody in this program"),
        results.get("nobody").get("error"));
    Http.Result reused = run("mix-1", "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 2, "
        + "\"note\": \"n\"}");
    assertEquals("failed", byCustomer(reused).get("anna").get("status"));
    assertEquals(121, balance("anna"));
  }

  @Test
  void badRequestsAre400sNamingTheFieldAndWriteNothing() {
    assertEquals("Idempotency-Key", run(null,
        "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 1, \"note\": \"n\"}").problemField());
    assertEquals("customerIds", run("b1",
        "{\"customerIds\": [\"anna\"], \"segment\": {\"minBalance\": 1}, \"action\": \"add\", \"points\": 1, "
            + "\"note\": \"n\"}").problemField());
    assertEquals("customerIds", run("b2", "{\"action\": \"add\", \"points\": 1, \"note\": \"n\"}").problemField());
    String many = IntStream.range(0, 1001).mapToObj(i -> "\"c" + i + "\"").collect(Collectors.joining(","));
    assertEquals("customerIds", run("b3", "{\"customerIds\": [" + many + "], \"action\": \"add\", \"points\": 1, "
        + "\"note\": \"n\"}").problemField());
    assertEquals("customerIds[1]", run("b4", "{\"customerIds\": [\"anna\", \"anna\"], \"action\": \"add\", "
        + "\"points\": 1, \"note\": \"n\"}").problemField());
    assertEquals("action", run("b5", "{\"customerIds\": [\"anna\"], \"action\": \"double\", \"points\": 1, "
        + "\"note\": \"n\"}").problemField());
    assertEquals("points", run("b6", "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 0, "
        + "\"note\": \"n\"}").problemField());
    assertEquals("points", run("b7", "{\"customerIds\": [\"anna\"], \"action\": \"set\", \"points\": -1, "
        + "\"note\": \"n\"}").problemField());
    assertEquals("note", run("b8", "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 1}")
        .problemField());
    assertEquals("segment.maxBalance", run("b9", "{\"segment\": {\"minBalance\": 5, \"maxBalance\": 1}, "
        + "\"action\": \"add\", \"points\": 1, \"note\": \"n\"}").problemField());
    assertEquals("segment.badge", run("b10", "{\"segment\": {\"badge\": \"a#b\"}, "
        + "\"action\": \"add\", \"points\": 1, \"note\": \"n\"}").problemField());
    assertEquals(120, balance("anna"));
    assertEquals(0, automationEntries("anna").size());
  }

  @Test
  void onlyAdminsRunAutomations() {
    String body = "{\"customerIds\": [\"anna\"], \"action\": \"add\", \"points\": 1, \"note\": \"n\"}";
    assertEquals(403, admin.as(program.key(Role.VENDOR)).send("POST", "/v1/automation/points", body,
        Map.of("idempotency-key", "k")).status());
    assertEquals(403, admin.as(program.key(Role.WEBSHOP)).send("POST", "/v1/automation/points", body,
        Map.of("idempotency-key", "k")).status());
    TestProgram other = TestProgram.create(backend, ProgramKind.SHOP);
    Http.Result theirs = admin.as(other.admin()).send("POST", "/v1/automation/points", body,
        Map.of("idempotency-key", "k"));
    assertEquals("failed", byCustomer(theirs).get("anna").get("status"), "anna is not their customer");
    assertNotNull(theirs.json().get("results"));
    assertEquals(120, balance("anna"));
  }
}
