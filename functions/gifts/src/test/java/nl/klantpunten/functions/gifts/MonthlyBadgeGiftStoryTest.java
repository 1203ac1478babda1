package nl.klantpunten.functions.gifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.badge.Badge;
import nl.klantpunten.core.badge.BadgeId;
import nl.klantpunten.core.badge.PointsRange;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.EntryQuery;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.reports.ReportsFunction;
import nl.klantpunten.functions.reports.testing.TableStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "done when": a monthly gift plan for a badge segment runs once per month however often the schedule
 * fires, and the month's report shows it in its totals and as CSV. Everything goes through the real handlers on the
 * emulators the local stack uses: the plan through PUT /v1/gifts, the badge holders from the table stream's badge
 * evaluation, the gifts from the scheduled gift run fired hourly around
 * the events and twice a day in between (and now and then twice in the same hour), the totals from
 * the stream's report aggregates, the report through GET /v1/reports/points.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class, TableStream.class})
class MonthlyBadgeGiftStoryTest {

  @Test
  void aMonthlyGiftForGoldMembersRunsOncePerMonthAndShowsInTheMonthsReport(Backend shared,
      StreamEventSource stream) {
    TestClock clock = new TestClock(Instant.parse("2026-10-20T10:00:00Z"));
    Backend backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    backend.stores().badges().put(program.id(), new Badge(new BadgeId("gold"), "Gold", "500 points and more", null,
        new PointsRange(500, null)));
    for (String[] c : new String[][] {{"ann", "600"}, {"bea", "900"}, {"cor", "100"}, {"dirk", "450"}}) {
      CustomerId id = new CustomerId(c[0]);
      backend.stores().customers().save(program.id(), id, CustomerDetails.parse(c[0] + "@example.com", c[0], null),
          clock.instant());
      credit(backend, program, id, Long.parseLong(c[1]), "welcome");
    }
    stream.drain(); // badge evaluation: ann and bea hold gold

    Http gifts = new Http(new GiftsFunction(backend), program.admin());
    Http.Result plan = gifts.put("/v1/gifts/gold-monthly", """
        {"points": 25, "description": "Gold, thank you", "cadence": {"type": "monthly", "day": 1},
         "segment": {"badge": "gold"}}""");
    assertEquals(201, plan.status(), plan.toString());
    try {
      GiftRunFunction run = new GiftRunFunction(backend);
      int fired = 0;
      while (clock.instant().isBefore(Instant.parse("2026-12-03T00:00:00Z"))) {
        if (clock.instant().equals(Instant.parse("2026-11-10T10:00:00Z"))) {
          credit(backend, program, new CustomerId("dirk"), 100, "order"); // dirk reaches gold mid-November
          stream.drain();
        }
        long given = ((Number) run.handleRequest(new ScheduledEvent(), TimeLeft.plenty()).get("given")).longValue();
        if (fired % 5 == 0) {
          run.handleRequest(new ScheduledEvent(), TimeLeft.plenty()); // the schedule firing twice in one hour
        }
        fired++;
        if (given > 0) {
          stream.drain(); // gifts change balances: badges and report aggregates follow from the stream
        }
        clock.advance(Duration.ofHours(nearAnEvent(clock.instant()) ? 1 : 12));
      }
      assertTrue(fired > 200, "fired " + fired + " times");
    } finally {
      gifts.delete("/v1/gifts/gold-monthly");
    }

    assertEquals(List.of("gift:gold-monthly:2026-11-01", "gift:gold-monthly:2026-12-01"), giftRefs(backend, program,
        "ann"), "nothing for October: its period began before the plan");
    assertEquals(List.of("gift:gold-monthly:2026-11-01", "gift:gold-monthly:2026-12-01"), giftRefs(backend, program,
        "bea"));
    assertEquals(List.of("gift:gold-monthly:2026-11-01", "gift:gold-monthly:2026-12-01"), giftRefs(backend, program,
        "dirk"), "joined gold on 10 November: still November's gift, on the next run");
    assertEquals(List.of(), giftRefs(backend, program, "cor"), "never gold");

    Http reports = new Http(new ReportsFunction(shared), program.admin());
    Http.Result november = reports.get("/v1/reports/points?from=2026-11-01&to=2026-11-30&reason=gift");
    assertEquals(200, november.status(), november.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> totals = (Map<String, Object>) november.json().get("totals");
    assertEquals(3L, ((Number) totals.get("entries")).longValue(), november.toString());
    assertEquals(75L, ((Number) totals.get("earned")).longValue());
    assertEquals(3, november.items().size());
    long outstanding = ((Number) totals.get("outstanding")).longValue();
    assertEquals(600 + 900 + 100 + 450 + 100 + 6 * 25, outstanding, "all balances, December's gifts included");

    Http.Result csv = reports.send("GET", "/v1/reports/points?from=2026-11-01&to=2026-11-30&reason=gift", null,
        Map.of("accept", "text/csv"));
    assertEquals("3", csv.header("x-report-entries"));
    assertEquals("75", csv.header("x-report-earned"));
    List<String> rows = Arrays.asList(csv.response().body().split("\r\n"));
    assertEquals(4, rows.size(), csv.response().body());
    for (String row : rows.subList(1, 4)) {
      assertTrue(row.matches("tx_\\w+,2026-1[01]-\\d\\dT[0-9:]+Z,(ann|bea|dirk),25,earn,gift,\"Gold, thank you\","
          + "gift:gold-monthly:2026-11-01,gift-schedule"), row);
    }
  }

  /** Hourly around the month starts and dirk's order, twice a day in between (to keep the test quick). */
  private static boolean nearAnEvent(Instant at) {
    for (String event : List.of("2026-11-01T00:00:00Z", "2026-11-10T10:00:00Z", "2026-12-01T00:00:00Z")) {
      if (Duration.between(Instant.parse(event), at).abs().compareTo(Duration.ofHours(36)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static void credit(Backend backend, TestProgram program, CustomerId c, long points, String note) {
    backend.stores().ledger().record(program.id(),
        new BalanceChange(c, points, EntryKind.EARN, Reason.ORDER, note, null, "test", null));
  }

  private static List<String> giftRefs(Backend backend, TestProgram program, String customer) {
    return backend.stores().ledger().entries(program.id(), new CustomerId(customer),
            new EntryQuery(100, null, Reason.GIFT, null, null, false)).items().stream()
        .map(LedgerEntry::sourceRef).sorted().toList();
  }
}
