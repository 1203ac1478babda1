package nl.klantpunten.functions.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
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
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * events/gifts/: one real-shaped sample per route, run in order (put, get, delete) through the real handler; and
 * events/gift-run/: the EventBridge scheduled event, run through the gift run's handler.
 */
@ExtendWith(TestBackend.class)
class GiftsSampleEventsTest {

  @Test
  void everyRouteHasARealShapedSampleThatRunsThroughTheHandler(Backend backend) {
    GiftsFunction function = new GiftsFunction(backend);
    Set<String> served = function.routes().stream().map(Route::routeKey).collect(Collectors.toCollection(TreeSet::new));
    List<String> samples = SampleEvents.in("gifts");
    assertEquals(served, new TreeSet<>(samples.stream().map(SampleEvents::routeKey).toList()));
    Http admin = new Http(function, TestProgram.create(backend, ProgramKind.SHOP).admin());
    for (String sample : List.of("gifts/put-gift.json", "gifts/get-gift.json", "gifts/delete-gift.json")) {
      SampleEvents.assertRealShape(sample, function);
      Http.Result result = admin.run(admin.sample(sample));
      assertTrue(result.status() >= 200 && result.status() < 300, sample + ": " + result);
    }
  }

  @Test
  void theScheduledEventRunsThroughTheGiftRun(Backend backend) throws IOException {
    String json = Files.readString(Http.eventsDir().resolve("gift-run/hourly-schedule.json"));
    Map<String, Object> event = Json.readObject(json);
    assertEquals("Scheduled Event", event.get("detail-type"));
    assertEquals("aws.events", event.get("source"));
    ScheduledEvent scheduled = new ScheduledEvent();
    scheduled.setId((String) event.get("id"));
    scheduled.setSource((String) event.get("source"));
    scheduled.setDetailType((String) event.get("detail-type"));
    Map<String, Object> result = new GiftRunFunction(backend).handleRequest(scheduled, TimeLeft.plenty());
    assertEquals(true, result.get("finished"));
  }
}
