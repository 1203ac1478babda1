package nl.klantpunten.functions.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/reports/: one real-shaped sample per route, each run through the real handler. */
@ExtendWith(TestBackend.class)
class ReportsSampleEventsTest {

  @Test
  void everyRouteHasARealShapedSampleThatRunsThroughTheHandler(Backend backend) {
    ReportsFunction function = new ReportsFunction(backend);
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> samples = SampleEvents.in("reports");
    assertEquals(served, new TreeSet<>(samples.stream().map(SampleEvents::routeKey).toList()));
    Http admin = new Http(function, TestProgram.create(backend, ProgramKind.SHOP).admin());
    for (String sample : samples) {
      SampleEvents.assertRealShape(sample, function);
      Http.Result result = admin.run(admin.sample(sample));
      assertEquals(200, result.status(), sample + ": " + result);
    }
  }
}
