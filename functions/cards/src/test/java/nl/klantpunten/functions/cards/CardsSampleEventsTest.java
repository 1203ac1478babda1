package nl.klantpunten.functions.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardProgramSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.DynamoCardStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** events/cards/: one real-shaped sample per route, and each one runs through the real handler. */
@ExtendWith({TestBackend.class, TestS3.Extension.class})
class CardsSampleEventsTest {
  private CardsFunction function;
  private Http vendor;

  @BeforeEach
  void setUp(Backend backend, TestS3 s3) {
    function = new CardsFunction(backend, s3.files());
    TestProgram program = TestProgram.create(backend, ProgramKind.VENDOR);
    DynamoCardStores.over(backend.stores()).cardPrograms().save(program.id(), CardProgramSettings.parse(
        "samples-" + program.id().value().substring(4), "https://bakkerij-jansen.example/klant", null, null, null,
        null, null), 0, Instant.now());
    backend.stores().customers().save(program.id(), new CustomerId("m-abcdefghijklmnopqrstuvwxyz"),
        CustomerDetails.parse("zoe.angstrom@example.com", "Zoë Ångström", "K7MD-3RXX"), Instant.now());
    vendor = new Http(function, program.key(Role.VENDOR));
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("cards").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("cards").forEach(sample -> SampleEvents.assertRealShape(sample, function));
  }

  @Test
  void everySampleRunsThroughTheHandler() {
    List<String> samples = SampleEvents.in("cards");
    assertFalse(samples.isEmpty());
    for (String sample : samples) {
      Http.Result result = vendor.run(vendor.sample(sample));
      assertEquals(201, result.status(), sample + ": " + result);
      assertEquals("K7MD-3RXX", result.string("cardCode"));
    }
  }
}
