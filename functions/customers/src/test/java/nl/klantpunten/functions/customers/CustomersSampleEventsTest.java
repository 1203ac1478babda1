package nl.klantpunten.functions.customers;

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

/** events/customers/: one real-shaped sample per route, and each one runs through the real handler. */
@ExtendWith(TestBackend.class)
class CustomersSampleEventsTest {
  private CustomersFunction function;
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    function = new CustomersFunction(backend);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    backend.stores().customers().save(program.id(), new CustomerId("cust-1001"),
        CustomerDetails.parse("anna@example.com", "Anna", null), Instant.now());
    admin = new Http(function, program.admin());
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("customers").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("customers").forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    List<String> samples = SampleEvents.in("customers");
    assertFalse(samples.isEmpty());
    for (String sample : samples) {
      Http.Result result = admin.run(admin.sample(sample));
      assertTrue(result.status() >= 200 && result.status() < 300, sample + ": " + result);
    }
  }
}
