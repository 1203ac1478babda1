package nl.klantpunten.functions.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.Json;
import nl.klantpunten.api.Route;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.SampleEvents;
import nl.klantpunten.api.testing.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * events/checkout/: one real-shaped sample per route, each run through the real handler as a shop would call them
 * in order (quote → reserve → get → commit; cancel after commit is a 409); events/checkout-sweep/: the EventBridge
 * scheduled event the sweep function gets.
 */
@ExtendWith(TestBackend.class)
class CheckoutSampleEventsTest {
  private static final String SAMPLE_ID = "rdm_01JQ8Z5V3M6X2N4B7C9D1F0G2H";
  private CheckoutFixture f;

  @BeforeEach
  void setUp(Backend backend) {
    f = new CheckoutFixture(backend);
    f.customer("cust-1001", 2_000);
  }

  @Test
  void everyRouteHasASample() {
    Set<String> served = f.function.routes().stream().map(Route::routeKey)
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> sampled = SampleEvents.in("checkout").stream().map(SampleEvents::routeKey).toList();
    assertEquals(served, new TreeSet<>(sampled));
    assertEquals(sampled.size(), Set.copyOf(sampled).size(), "one sample per route");
  }

  @Test
  void everySampleHasTheRealShape() {
    SampleEvents.in("checkout").forEach(sample -> SampleEvents.assertRealShape(sample, f.function));
  }

  /** The sample aimed at the redemption the reserve sample made. */
  private APIGatewayV2HTTPEvent at(String sample, String id) {
    APIGatewayV2HTTPEvent event = f.shop.sample(sample);
    String path = event.getRawPath().replace(SAMPLE_ID, id);
    event.setRawPath(path);
    event.getRequestContext().getHttp().setPath(path);
    event.setPathParameters(Map.of("redemptionId", id));
    return event;
  }

  @Test
  void theSamplesRunThroughTheHandlerInCheckoutOrder() {
    Http.Result quote = f.shop.run(f.shop.sample("checkout/post-quote.json"));
    assertEquals(200, quote.status(), quote.toString());
    assertEquals(Map.of("requestedPoints", 1500, "points", 1500, "discount", "15.00", "adjusted", false),
        quote.json().get("requested"));
    assertEquals("33.00", quote.json().get("eligibleAmount"), "discounted products count unless excluded");

    Http.Result reserved = f.shop.run(f.shop.sample("checkout/post-redemption.json"));
    assertEquals(201, reserved.status(), reserved.toString());
    assertEquals("15.00", reserved.string("discount"));
    assertEquals(500, f.balance("cust-1001"));
    Http.Result replay = f.shop.run(f.shop.sample("checkout/post-redemption.json"));
    assertEquals(reserved.string("id"), replay.string("id"));
    assertEquals("true", replay.header("idempotent-replayed"));

    String id = reserved.string("id");
    assertEquals("reserved", f.shop.run(at("checkout/get-redemption.json", id)).string("status"));
    Http.Result commit = f.shop.run(at("checkout/post-redemption-commit.json", id));
    assertEquals(200, commit.status(), commit.toString());
    assertEquals("committed", commit.string("status"));
    Http.Result cancel = f.shop.run(at("checkout/post-redemption-cancel.json", id));
    assertEquals(409, cancel.status());
    assertEquals("REDEMPTION_COMMITTED", cancel.string("code"));
    assertEquals(500, f.balance("cust-1001"));
  }

  @Test
  void theSamplesAsTheyStandReachTheirOperations() {
    for (String sample : List.of("checkout/get-redemption.json", "checkout/post-redemption-commit.json",
        "checkout/post-redemption-cancel.json")) {
      Http.Result result = f.shop.run(f.shop.sample(sample));
      assertEquals(404, result.status(), sample + ": " + result);
      assertEquals("redemptionId", result.problemField(), "reached the operation, not the router");
    }
  }

  @Test
  void theScheduledEventSampleRunsTheSweep(Backend backend) throws IOException {
    Map<String, Object> event = Json.readObject(Files.readString(
        Http.eventsDir().resolve("checkout-sweep/scheduled-event.json")));
    assertEquals("Scheduled Event", event.get("detail-type"));
    Map<String, Object> result = new RedemptionSweepFunction(backend).handleRequest(event, null);
    assertTrue(((Number) result.get("due")).intValue() >= 0 && result.containsKey("released"), result.toString());
  }
}
