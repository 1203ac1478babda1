package nl.klantpunten.functions.checkout;

import static nl.klantpunten.functions.checkout.CheckoutFixture.line;
import static nl.klantpunten.functions.checkout.CheckoutFixture.reserveBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No point is spent twice: concurrent reservations through the real handler against one balance, and commit/cancel
 * of one reservation at the same moment. Threads start together on a latch; only outcomes are asserted, never
 * timing.
 */
@ExtendWith(TestBackend.class)
class CheckoutConcurrencyTest {
  private static final int THREADS = 32;

  private static <T> List<T> together(int n, java.util.function.IntFunction<Callable<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<T> call = task.apply(i);
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thirtyTwoConcurrentReservationsNeverSpendMoreThanTheBalance(Backend backend) throws Exception {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 1_000);
    // 32 reservations of 100..400 points (sum 7,600) against 1,000 points
    List<Http.Result> results = together(THREADS, i -> () -> f.reserve("race-" + i,
        reserveBody("anna", 100L * (1 + i % 4), "race-order-" + i, line("mug", 1, "50.00", false))));

    List<Http.Result> won = results.stream().filter(r -> r.status() == 201).toList();
    List<Http.Result> lost = results.stream().filter(r -> r.status() != 201).toList();
    lost.forEach(r -> assertTrue(r.status() == 409 && "INSUFFICIENT_BALANCE".equals(r.string("code"))
        || r.status() == 503, "a refusal, not an error: " + r));
    long reserved = won.stream().mapToLong(r -> r.number("points")).sum();
    assertTrue(reserved <= 1_000, "reserved " + reserved + " of 1000");
    assertEquals(1_000 - reserved, f.balance("anna"), "the balance is exactly what the winners left");
    assertTrue(f.balance("anna") >= 0);
    assertTrue(f.balance("anna") < 100 || lost.stream().anyMatch(r -> r.status() == 503),
        "a refusal only when fewer points were left than asked: " + f.balance("anna"));

    List<LedgerEntry> debits = f.entries("anna").stream().filter(e -> e.kind() == EntryKind.RESERVE).toList();
    assertEquals(won.size(), debits.size(), "every success has its entry, every failure wrote none");
    assertEquals(won.stream().map(r -> r.string("reserveEntryId")).collect(Collectors.toSet()),
        debits.stream().map(LedgerEntry::id).collect(Collectors.toSet()));
    for (Http.Result r : lost) {
      int i = results.indexOf(r);
      Http.Result retry = f.reserve("race-" + i, reserveBody("anna", 100L * (1 + i % 4), "race-order-" + i,
          line("mug", 1, "50.00", false)));
      assertTrue(retry.status() != 201 || retry.header("idempotent-replayed") == null,
          "a refused reservation left no idempotency record or claim behind");
      if (retry.status() == 201) {
        f.shop.post("/v1/checkout/redemptions/" + retry.string("id") + "/cancel", null);
      }
    }
  }

  @Test
  void commitAndCancelAtTheSameMomentExactlyOneWins(Backend backend) throws Exception {
    CheckoutFixture f = new CheckoutFixture(backend);
    f.customer("anna", 10_000);
    for (int round = 0; round < 8; round++) {
      String id = f.reserved("anna", 500, "both-" + round);
      List<Http.Result> results = together(4, i -> () -> f.shop.post(
          "/v1/checkout/redemptions/" + id + (i % 2 == 0 ? "/commit" : "/cancel"), null));
      Set<String> statuses = results.stream().filter(r -> r.status() == 200 && r.header("idempotent-replayed") == null)
          .map(r -> r.string("status")).collect(Collectors.toSet());
      long firstMoves = results.stream().filter(r -> r.status() == 200 && r.header("idempotent-replayed") == null)
          .count();
      assertEquals(1, firstMoves, "exactly one move wins: " + results);
      String winner = statuses.iterator().next();
      for (Http.Result r : results) {
        if (r.status() == 409) {
          assertEquals(winner.equals("committed") ? "REDEMPTION_COMMITTED" : "REDEMPTION_RELEASED", r.string("code"));
        } else {
          assertEquals(200, r.status(), r.toString());
          assertEquals(winner, r.string("status"));
        }
      }
      assertEquals(winner, f.shop.get("/v1/checkout/redemptions/" + id).string("status"));
    }
    long released = f.entries("anna").stream().filter(e -> e.kind() == EntryKind.RELEASE).count();
    assertEquals(10_000 - 500 * (8 - released), f.balance("anna"),
        "each cancel gave its 500 points back once; each commit kept them");
  }
}
