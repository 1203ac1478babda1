package nl.klantpunten.functions.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/panel/: one real-shaped sample per route, and each one runs through the real handler. */
@ExtendWith(TestBackend.class)
class VendorPanelSampleEventsTest {
  private VendorPanelFunction function;
  private Http vendor;

  @BeforeEach
  void setUp(Backend shared) {
    TestClock clock = new TestClock(Instant.parse("2026-03-01T10:15:31Z"));
    Backend backend = Backend.over(shared.stores().client(), shared.stores().table(), clock);
    function = new VendorPanelFunction(backend);
    TestProgram program = TestProgram.create(backend, ProgramKind.VENDOR);
    // the customer behind the sample's card code K7MD-3RXX, with a registration entry the sample's filter finds
    CustomerId customer = new CustomerId("m-abcdefghijklmnopqrstuvwxyz");
    backend.stores().customers().save(program.id(), customer,
        CustomerDetails.parse("zoe.angstrom@example.com", "Zoë Ångström", "K7MD-3RXX"), clock.instant());
    clock.advance(Duration.ofSeconds(1));
    backend.stores().ledger().record(program.id(), new BalanceChange(customer, 50, EntryKind.EARN,
        Reason.REGISTRATION, "welcome points for enrolling", "enrolment", "enrolment", null));
    vendor = new Http(function, program.key(Role.VENDOR));
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("panel").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("panel").forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    List<String> samples = SampleEvents.in("panel");
    assertFalse(samples.isEmpty());
    for (String sample : samples) {
      Http.Result result = vendor.run(vendor.sample(sample));
      assertEquals(200, result.status(), sample + ": " + result);
      assertTrue(result.response().body().contains("m-abcdefghijklmnopqrstuvwxyz"), sample + " finds the customer");
    }
  }
}
