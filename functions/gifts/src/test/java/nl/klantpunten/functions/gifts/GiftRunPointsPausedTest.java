package nl.klantpunten.functions.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.gift.GiftId;
import nl.klantpunten.core.gift.GiftPlan;
import nl.klantpunten.core.gift.QueuedGiftBatch;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gift run while the program's points are off: nothing is given, the plan's run state says POINTS_DISABLED (and
 * GET /v1/gifts/{id} shows it); a run after points are back on, still in the period, gives the period's gift. A
 * batch already on the queue when points were turned off gives nothing either.
 */
@ExtendWith(TestBackend.class)
class GiftRunPointsPausedTest {
  private TestClock clock;
  private Backend backend;
  private TestProgram program;
  private Http admin;
  private final List<String> plans = new ArrayList<>();

  @BeforeEach
  void setUp(Backend shared) {
    clock = new TestClock(Instant.parse("2026-02-20T10:00:00Z"));
    backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    program = TestProgram.create(backend, ProgramKind.SHOP);
    admin = new Http(new GiftsFunction(backend), program.admin());
    for (int i = 0; i < 2; i++) {
      backend.stores().customers().save(program.id(), new CustomerId("p-" + i),
          CustomerDetails.parse("p" + i + "@example.com", "P", null), clock.instant());
    }
    Http.Result plan = admin.put("/v1/gifts/weekly", "{\"points\": 5, \"description\": \"Weekly coffee\", "
        + "\"cadence\": {\"type\": \"weekly\", \"day\": \"monday\"}, \"segment\": {\"minBalance\": 0}}");
    assertEquals(201, plan.status(), plan.toString());
    plans.add("weekly");
  }

  @AfterEach
  void stopPlans() {
    plans.forEach(p -> admin.delete("/v1/gifts/" + p)); // the run reads every program's plans: leave none behind
  }

  private long gifts(String customer) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(customer),
        new EntryQuery(100, null, Reason.GIFT, null, null, false)).items().size();
  }

  private Map<String, Object> fire() {
    return new GiftRunFunction(backend).handleRequest(new ScheduledEvent(), TimeLeft.plenty());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> currentPeriod() {
    return (Map<String, Object>) admin.get("/v1/gifts/weekly").json().get("currentPeriod");
  }

  @Test
  void aPausedProgramGetsNoGiftAndTheRunSaysWhy() {
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");
    clock.set(Instant.parse("2026-02-23T08:00:00Z")); // a Monday
    Map<String, Object> summary = fire();
    assertTrue(((Number) summary.get("plansSkipped")).intValue() >= 1, summary.toString());
    assertEquals(0, gifts("p-0") + gifts("p-1"));
    Map<String, Object> period = currentPeriod();
    assertEquals("POINTS_DISABLED", period.get("skipped"));
    assertEquals(0, ((Number) period.get("given")).intValue());
    assertEquals(clock.instant().toString(), period.get("lastRunAt"));

    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": true}}");
    clock.set(Instant.parse("2026-02-23T09:00:00Z")); // the next hourly run, same week
    fire();
    assertEquals(1, gifts("p-0"));
    assertEquals(1, gifts("p-1"));
    Map<String, Object> after = currentPeriod();
    assertEquals(null, after.get("skipped"));
    assertEquals(2, ((Number) after.get("given")).intValue());
  }

  @Test
  void aQueuedBatchOfAProgramPausedSinceGivesNothing() {
    TestSettings.apply(backend, program.id(), "{\"points\": {\"enabled\": false}}");
    GiftPlan plan = backend.stores().gifts().find(program.id(), new GiftId("weekly")).orElseThrow();
    var period = plan.cadence().periodAt(Instant.parse("2026-02-23T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    GiveQueuedGiftBatch give = new GiveQueuedGiftBatch(backend.stores().gifts(),
        new GiveGiftBatch(backend.stores().ledger()), backend.stores().settings());
    GiveQueuedGiftBatch.Outcome outcome = give.give(new QueuedGiftBatch(program.id(), plan.id(), period,
        List.of(new CustomerId("p-0"), new CustomerId("p-1"))));
    assertEquals(new GiveQueuedGiftBatch.Outcome("POINTS_DISABLED", 0), outcome);
    assertEquals(0, gifts("p-0") + gifts("p-1"));
  }
}
