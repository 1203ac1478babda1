package nl.klantpunten.functions.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestClock;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.ConflictException;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.emulators.Emulators;
import nl.klantpunten.emulators.EmulatorsExtension;
import nl.klantpunten.emulators.StreamEventSource;
import nl.klantpunten.functions.reports.testing.TableStream;
import nl.klantpunten.functions.stream.StreamProcessors;
import nl.klantpunten.functions.stream.TableStreamFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's totals equal the ledger: a random workload of a few thousand entries and some deletions over ten
 * days around the end of daylight saving time, pushed through the real stream function by an event source that
 * redelivers part of many batches after they were processed (as Lambda does after a timeout), then read through
 * GET /v1/reports/points.
 */
@ExtendWith({EmulatorsExtension.class, TestBackend.class})
class ReportMatchesLedgerTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Reason[] CREDIT_REASONS = {Reason.ORDER, Reason.MANUAL, Reason.GIFT, Reason.REVIEW};

  @Test
  void totalsEqualTheLedgerAfterARandomWorkloadWithRedelivery(Backend shared, Emulators emulators) {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    TestClock clock = new TestClock(Instant.parse("2026-10-20T21:30:00Z"));
    Backend backend = Backend.over(shared.stores().client(), TestBackend.TABLE, clock);
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      CustomerId c = new CustomerId("w-" + i);
      backend.stores().customers().save(program.id(), c, CustomerDetails.parse("w" + i + "@example.com", "W", null),
          clock.instant());
      customers.add(c);
    }

    Map<CustomerId, Long> balances = new java.util.HashMap<>();
    List<LedgerEntry> written = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      clock.advance(Duration.ofSeconds(1 + random.nextInt(700)));
      CustomerId c = customers.get(random.nextInt(customers.size()));
      boolean debit = random.nextInt(4) == 0;
      long points = debit ? -(1 + random.nextInt(60)) : 1 + random.nextInt(100);
      Reason reason = debit ? Reason.REDEMPTION : CREDIT_REASONS[random.nextInt(CREDIT_REASONS.length)];
      try {
        LedgerEntry e = backend.stores().ledger().record(program.id(), new BalanceChange(c, points,
            debit ? EntryKind.SPEND : EntryKind.EARN, reason, "w", null, "test", null)).entry();
        written.add(e);
        balances.merge(c, points, Long::sum);
      } catch (ConflictException insufficient) {
        // a debit larger than the balance: refused, nothing written
      }
    }
    List<LedgerEntry> visible = new ArrayList<>();
    for (LedgerEntry e : written) {
      boolean delete = random.nextInt(25) == 0;
      if (delete) {
        try {
          backend.stores().ledger().delete(program.id(), e.customerId(), e.id(), "test", clock.instant());
          balances.merge(e.customerId(), -e.points(), Long::sum);
          continue;
        } catch (ConflictException wouldGoNegative) {
          // deleting this credit would take the balance below zero: it stays
        }
      }
      visible.add(e);
    }

    AtomicInteger redelivered = new AtomicInteger();
    TableStreamFunction function = new TableStreamFunction(StreamProcessors.of(shared, notifications -> notifications.size()));
    Random faults = new Random(seed + 1);
    StreamEventSource source = TableStream.over(emulators, shared, event -> {
      StreamsEventResponse response = function.handle(event);
      int size = event.getRecords().size();
      if (response.getBatchItemFailures().isEmpty() && size > 1 && faults.nextInt(3) == 0) {
        // processed, but reported as failed from a random record on: that tail is delivered again
        redelivered.incrementAndGet();
        String from = event.getRecords().get(faults.nextInt(size)).getDynamodb().getSequenceNumber();
        response.setBatchItemFailures(List.of(new StreamsEventResponse.BatchItemFailure(from)));
      }
      return response;
    });
    source.drain();
    assertTrue(redelivered.get() > 5, "the workload must exercise redelivery (seed " + seed + ")");

    Http admin = new Http(new ReportsFunction(shared), program.admin());
    long earned = visible.stream().mapToLong(e -> Math.max(0, e.points())).sum();
    long spent = visible.stream().mapToLong(e -> Math.max(0, -e.points())).sum();
    Http.Result all = admin.get("/v1/reports/points?from=2026-10-20&to=2026-12-31");
    assertEquals(200, all.status(), all.toString());
    Map<String, Object> totals = totals(all);
    String why = "seed " + seed;
    assertEquals((long) visible.size(), number(totals, "entries"), why);
    assertEquals(earned, number(totals, "earned"), why);
    assertEquals(spent, number(totals, "spent"), why);
    long ledgerBalance = balances.values().stream().mapToLong(Long::longValue).sum();
    long storedBalance = customers.stream()
        .mapToLong(c -> backend.stores().ledger().balance(program.id(), c).orElseThrow().points()).sum();
    assertEquals(ledgerBalance, storedBalance, why);
    assertEquals(storedBalance, number(totals, "outstanding"), why);

    // every day (Amsterdam time) and every reason on its own
    Map<LocalDate, Map<Reason, long[]>> byDay = new TreeMap<>();
    for (LedgerEntry e : visible) {
      long[] t = byDay.computeIfAbsent(LocalDate.ofInstant(e.createdAt(), AMSTERDAM), d -> new EnumMap<>(Reason.class))
          .computeIfAbsent(e.reason(), r -> new long[3]);
      t[0]++;
      t[1] += Math.max(0, e.points());
      t[2] += Math.max(0, -e.points());
    }
    assertTrue(byDay.size() >= 8, "the workload spans many days");
    for (Map.Entry<LocalDate, Map<Reason, long[]>> day : byDay.entrySet()) {
      for (Map.Entry<Reason, long[]> r : day.getValue().entrySet()) {
        Http.Result one = admin.get("/v1/reports/points?from=" + day.getKey() + "&to=" + day.getKey() + "&reason="
            + r.getKey().wireName() + "&limit=1");
        Map<String, Object> t = totals(one);
        String where = day.getKey() + " " + r.getKey() + " " + why;
        assertEquals(r.getValue()[0], number(t, "entries"), where);
        assertEquals(r.getValue()[1], number(t, "earned"), where);
        assertEquals(r.getValue()[2], number(t, "spent"), where);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> totals(Http.Result result) {
    return (Map<String, Object>) result.json().get("totals");
  }

  private static long number(Map<String, Object> map, String field) {
    return ((Number) map.get(field)).longValue();
  }
}
