package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.SampleEvents;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/ledger/: one real-shaped sample per route, and each one runs through the real handler. */
@ExtendWith(TestBackend.class)
class LedgerSampleEventsTest {
  /** The delete sample names an entry id no test program has: it must reach the operation and get 404 entryId. */
  private static final String DELETE_SAMPLE = "ledger/delete-transaction.json";

  private LedgerFunction function;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    function = new LedgerFunction(backend);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    backend.stores().customers().save(program.id(), new CustomerId("cust-1001"),
        CustomerDetails.parse("anna@example.com", "Anna", null), Instant.now());
    admin = new Http(function, program.admin());
    assertEquals(201, admin.post("/v1/customers/cust-1001/transactions", "{\"points\":1000,\"note\":\"seed\"}").status());
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("ledger").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("ledger").forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    List<String> samples = SampleEvents.in("ledger");
    assertFalse(samples.isEmpty());
    for (String sample : samples) {
      Http.Result result = admin.run(admin.sample(sample));
      assertTrue(result.status() < 500, sample + ": " + result);
      if (sample.equals(DELETE_SAMPLE)) {
        assertEquals(404, result.status(), sample + ": " + result);
        assertEquals("entryId", result.problemField(), "reached DeleteTransaction, not the router");
      } else {
        assertTrue(result.status() >= 200 && result.status() < 300, sample + ": " + result);
      }
    }
  }

  @Test
  void thePostSampleIsIdempotent() {
    Http.Result first = admin.run(admin.sample("ledger/post-transaction.json"));
    Http.Result again = admin.run(admin.sample("ledger/post-transaction.json"));
    assertEquals(201, first.status(), first.toString());
    assertEquals(first.string("id"), again.string("id"));
    assertEquals("true", again.header("idempotent-replayed"));
    assertEquals(1500, admin.get("/v1/customers/cust-1001/balance").number("balance"));
  }
}
