package nl.klantpunten.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.emulators.EmulatorsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8's "done when" on the local stack's own parts: every function over real HTTP ({@link LocalServer}), the
 * stream function fed by {@link LocalStreamPoller} (badges and report aggregates) and the gift run fired as
 * {@link LocalGiftSchedule} fires it, its batches going through ElasticMQ to the gift batch function
 * ({@link LocalGiftBatches}, drained after each run), on a clock the test moves, so a month passes in seconds. A monthly gift plan for
 * the gold badge runs once per month however often the schedule fires, and November's report shows it in its totals
 * and as CSV.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class, TestCardFiles.Extension.class})
class GiftsOnLocalStackTest {
  /** How long the test waits for the asynchronous stream at most; the figure is never asserted. */
  private static final long WAIT_LIMIT_MILLIS = 30_000;

  @Test
  @SuppressWarnings("unchecked")
  void aMonthlyGoldGiftRunsOncePerMonthAndShowsInNovembersReport(Emulators emulators, Backend shared,
      TestCardFiles cardFiles) throws InterruptedException {
    TestClock clock = new TestClock(Instant.parse("2026-10-20T10:00:00Z"));
    Backend backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    try (LocalServer server = LocalServer.start(0, LocalFunctions.all(backend, cardFiles.store()), clock, line -> { });
        LocalStreamPoller poller = LocalStreamPoller.start(emulators.dynamoEndpoint(), backend, TestBackend.TABLE,
            StreamProcessors.of(backend, notifications -> notifications.size()));
        LocalGiftBatches batches = LocalGiftBatches.manual(emulators, backend, "gifts-" + program.id().value());
        LocalGiftSchedule schedule = LocalGiftSchedule.manual(backend, batches.fanOut())) {
      HttpCalls admin = new HttpCalls(server.baseUri(), program.admin());
      assertEquals(201, admin.put("/v1/badges/gold", "{\"title\":\"Gold\",\"fromPoints\":500}").status());
      for (String[] c : new String[][] {{"ann", "600"}, {"bea", "900"}, {"cor", "100"}}) {
        assertEquals(201, admin.put("/v1/customers/" + c[0],
            "{\"email\":\"" + c[0] + "@example.com\",\"name\":\"" + c[0] + "\"}").status());
        assertEquals(201, admin.post("/v1/customers/" + c[0] + "/transactions",
            "{\"points\":" + c[1] + ",\"note\":\"welcome\"}").status());
      }
      waitFor(() -> admin.get("/v1/customers?badge=gold"), r -> ((List<Object>) r.json().get("items")).size() == 2);

      HttpCalls.Reply plan = admin.put("/v1/gifts/gold-monthly", """
          {"points": 25, "description": "Gold, thank you", "cadence": {"type": "monthly", "day": 1},
           "segment": {"badge": "gold"}}""");
      assertEquals(201, plan.status(), plan.body());
      try {
        long sent = 0;
        for (String at : List.of("2026-10-31T22:00:00Z", "2026-10-31T23:00:00Z", "2026-10-31T23:00:00Z",
            "2026-11-01T00:00:00Z", "2026-11-15T12:00:00Z", "2026-11-30T22:59:00Z", "2026-11-30T23:00:00Z",
            "2026-11-30T23:30:00Z")) {
          clock.set(Instant.parse(at));
          Map<String, Object> run = schedule.runNow();
          assertEquals(0L, ((Number) run.get("given")).longValue(), "the queue's consumer gives, not the run");
          sent += ((Number) run.get("sent")).longValue();
          batches.drain();
        }
        assertEquals(4, sent, "ann and bea, once in November and once in December (Amsterdam midnight = 23:00Z)");
      } finally {
        admin.delete("/v1/gifts/gold-monthly");
      }

      String november = "/v1/reports/points?from=2026-11-01&to=2026-11-30&reason=gift";
      HttpCalls.Reply report = waitFor(() -> admin.get(november),
          r -> ((Number) ((Map<String, Object>) r.json().get("totals")).get("entries")).longValue() == 2);
      Map<String, Object> totals = (Map<String, Object>) report.json().get("totals");
      assertEquals(50L, ((Number) totals.get("earned")).longValue(), report.body());
      assertEquals(2, ((List<Object>) report.json().get("items")).size());
      HttpCalls.Reply all = waitFor(() -> admin.get("/v1/reports/points?from=2026-10-01&to=2026-12-31"),
          r -> ((Number) ((Map<String, Object>) r.json().get("totals")).get("outstanding")).longValue() == 1700);
      assertEquals(1700L, ((Number) ((Map<String, Object>) all.json().get("totals")).get("outstanding")).longValue(),
          "600 + 900 + 100 + 4 × 25");

      HttpCalls.Reply csv = admin.send("GET", november, null, Map.of("accept", "text/csv"));
      assertEquals(200, csv.status());
      assertEquals("2", csv.header("x-report-entries"));
      String[] rows = csv.body().split("\r\n");
      assertEquals(3, rows.length, csv.body());
      for (int i = 1; i < rows.length; i++) {
        assertTrue(rows[i].matches("tx_\\w+,2026-10-31T23:00:00Z,(ann|bea),25,earn,gift,\"Gold, thank you\","
            + "gift:gold-monthly:2026-11-01,gift-schedule"), rows[i]);
      }
    }
  }

  private static HttpCalls.Reply waitFor(Supplier<HttpCalls.Reply> call, Predicate<HttpCalls.Reply> done)
      throws InterruptedException {
    long started = System.nanoTime();
    HttpCalls.Reply reply = call.get();
    while (!done.test(reply) && (System.nanoTime() - started) / 1_000_000 < WAIT_LIMIT_MILLIS) {
      Thread.sleep(100);
      reply = call.get();
    }
    return reply;
  }
}
