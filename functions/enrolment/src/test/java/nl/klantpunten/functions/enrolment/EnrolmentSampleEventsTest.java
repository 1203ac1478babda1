package nl.klantpunten.functions.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * events/card-program/ and events/enrol/: one real-shaped sample per route, and each runs through the real handler
 * in the order a vendor would use them (set up the card program, read it, then the public link). The samples use
 * the slug bakkerij-jansen; this is the only test of its JVM that claims it.
 */
@ExtendWith(TestBackend.class)
class EnrolmentSampleEventsTest {
  private static final List<String> IN_ORDER = List.of("card-program/put-card-program.json",
      "card-program/get-card-program.json", "enrol/get-enrol.json", "enrol/post-enrol.json");
  private EnrolmentFunction function;
  private Http vendor;

  @BeforeEach
  void setUp(Backend backend) {
    function = new EnrolmentFunction(backend);
    vendor = new Http(function, TestProgram.create(backend, ProgramKind.VENDOR).key(Role.VENDOR));
  }

  private static List<String> samples() {
    List<String> samples = new ArrayList<>(SampleEvents.in("card-program"));
    samples.addAll(SampleEvents.in("enrol"));
    return samples;
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = samples().stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
    assertEquals(new TreeSet<>(IN_ORDER), new TreeSet<>(samples()));
  }

  @Test
  void everySampleHasTheRealShape() {
    samples().forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    var put = vendor.run(vendor.sample(IN_ORDER.get(0)));
    assertEquals(201, put.status(), put.toString());
    assertEquals("https://abc123.execute-api.eu-west-1.amazonaws.com/v1/enrol/bakkerij-jansen",
        put.string("enrolmentLink"), "the link names the host the vendor called");
    assertEquals(200, vendor.run(vendor.sample(IN_ORDER.get(1))).status());
    Http anonymous = vendor.as(null);
    var offer = anonymous.run(anonymous.sample(IN_ORDER.get(2)));
    assertEquals(200, offer.status(), offer.toString());
    assertEquals(50, offer.number("welcomePoints"));
    var enrolled = anonymous.run(anonymous.sample(IN_ORDER.get(3)));
    assertEquals(202, enrolled.status(), enrolled.toString());
    assertEquals("emailSent", enrolled.string("result"));
    assertEquals(null, enrolled.json().get("cardCode"), "the code goes to the customer by email only");
  }
}
