package nl.klantpunten.functions.badges;

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
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/badges/: one real-shaped sample per route, and each one runs through the real handler. */
@ExtendWith(TestBackend.class)
class BadgesSampleEventsTest {
  private BadgesFunction function;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    function = new BadgesFunction(backend);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    CustomerId customer = new CustomerId("cust-1001");
    backend.stores().customers().save(program.id(), customer,
        CustomerDetails.parse("anna@example.com", "Anna", null), Instant.now());
    backend.stores().ledger().record(program.id(),
        new BalanceChange(customer, 500, EntryKind.EARN, Reason.MANUAL, "start", null, "test", null));
    admin = new Http(function, program.admin());
    assertEquals(201, admin.put("/v1/badges/gold", "{\"title\":\"Gold\",\"fromPoints\":1000}").status());
    assertEquals(201, admin.put("/v1/badges/silver", "{\"title\":\"Silver\",\"fromPoints\":500}").status());
    assertEquals(201, admin.put("/v1/rewards/coffee", "{\"name\":\"Coffee\",\"pointsRequired\":100}").status());
    assertEquals(201, admin.put("/v1/rewards/cake", "{\"name\":\"Cake\",\"pointsRequired\":300}").status());
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("badges").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("badges").forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    List<String> samples = SampleEvents.in("badges");
    assertFalse(samples.isEmpty());
    for (String sample : samples) {
      Http.Result result = admin.run(admin.sample(sample));
      assertTrue(result.status() >= 200 && result.status() < 300, sample + ": " + result);
    }
  }
}
