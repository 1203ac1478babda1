package nl.klantpunten.functions.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/automation/: one real-shaped sample per route, each run through the real handler. */
@ExtendWith(TestBackend.class)
class AutomationSampleEventsTest {

  @Test
  void everyRouteHasARealShapedSampleThatRunsThroughTheHandler(Backend backend) {
    AutomationFunction function = new AutomationFunction(backend);
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> samples = SampleEvents.in("automation");
    assertEquals(served, new TreeSet<>(samples.stream().map(SampleEvents::routeKey).toList()));
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    for (String c : List.of("cust-1001", "cust-1002")) {
      backend.stores().customers().save(program.id(), new CustomerId(c),
          CustomerDetails.parse(c + "@example.com", c, null), Instant.now());
    }
    Http admin = new Http(function, program.admin());
    for (String sample : samples) {
      SampleEvents.assertRealShape(sample, function);
      Http.Result result = admin.run(admin.sample(sample));
      assertEquals(200, result.status(), sample + ": " + result);
      assertEquals(2, result.number("applied"), result.toString());
    }
  }
}
