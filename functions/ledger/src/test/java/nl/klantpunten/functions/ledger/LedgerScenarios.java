package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.functions.customers.CustomersFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger scenarios of issue 2, written once and run against every DynamoDB this project supports: a subclass
 * only says which {@link Backend} to use and how hard to push the concurrency run. DynamoDB Local runs them in every
 * build (LedgerScenariosOnDynamoDbLocalTest); LocalStack runs them where Docker exists (local-runtime module).
 */
public abstract class LedgerScenarios {
  private static final Pattern REFUSED_BALANCE = Pattern.compile("the balance of (-?\\d+) points is too low");

  private Backend backend;
  private TestProgram program;
  private Http customers;
  private Http ledger;

  /** The backend under test; called once per test. */
  protected abstract Backend backend();

  /** Writers of the concurrency run. */
  protected abstract int threads();

  /** Requests each writer sends in the concurrency run. */
  protected abstract int operationsPerThread();

  @BeforeEach
  public void newProgram() {
    backend = backend();
    program = TestProgram.create(backend, ProgramKind.SHOP);
    customers = new Http(new CustomersFunction(backend), program.admin());
    ledger = new Http(new LedgerFunction(backend), program.admin());
  }

  private void createCustomer(String id) {
    Http.Result created = customers.put("/v1/customers/" + id,
        "{\"email\":\"" + id + "@example.com\",\"name\":\"Customer " + id + "\"}");
    assertEquals(201, created.status(), created.toString());
  }

  private long balance(String id) {
    Http.Result balance = ledger.get("/v1/customers/" + id + "/balance");
    assertEquals(200, balance.status(), balance.toString());
    return balance.number("balance");
  }

  /** Issue 2's "done when": the foundation story, end to end over the functions' HTTP events. */
  @Test
  public void foundationStory() {
    createCustomer("story");
    String path = "/v1/customers/story";

    Http.Result credit = ledger.post(path + "/transactions", "{\"points\":500,\"note\":\"welcome gift\"}");
    assertEquals(201, credit.status(), credit.toString());
    String creditId = credit.string("id");
    assertEquals(500, credit.number("points"));
    assertEquals("adjust", credit.string("kind"));
    assertEquals("manual", credit.string("reason"));
    assertEquals("welcome gift", credit.string("note"));

    Http.Result preview = ledger.post(path + "/transactions/preview", "{\"points\":-200,\"note\":\"check\"}");
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(500, preview.number("currentBalance"));
    assertEquals(300, preview.number("newBalance"));
    assertEquals(Boolean.TRUE, preview.json().get("allowed"));
    assertTrue(preview.json().containsKey("reason") && preview.json().get("reason") == null,
        "an allowed preview says reason: null " + preview);
    assertEquals(500, balance("story"), "a preview writes nothing");
    Http.Result tooMuch = ledger.post(path + "/transactions/preview", "{\"points\":-501,\"note\":\"check\"}");
    assertEquals(Boolean.FALSE, tooMuch.json().get("allowed"));
    assertEquals("INSUFFICIENT_BALANCE", tooMuch.json().get("reason"));

    Http.Result debit = ledger.post(path + "/transactions", "{\"points\":-200,\"note\":\"returned goods\"}");
    assertEquals(201, debit.status(), debit.toString());
    String debitId = debit.string("id");
    assertEquals(300, balance("story"));

    List<Map<String, Object>> history = ledger.get(path + "/transactions").items();
    assertEquals(List.of(debitId, creditId), history.stream().map(e -> e.get("id")).toList(), "newest first");

    Http.Result refused = ledger.delete(path + "/transactions/" + creditId);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("application/problem+json", refused.contentType());
    assertEquals(300, balance("story"), "a refused delete changes nothing");

    Http.Result deleted = ledger.delete(path + "/transactions/" + debitId);
    assertEquals(200, deleted.status(), deleted.toString());
    assertNotNull(deleted.json().get("deletedAt"));
    assertEquals(500, balance("story"));

    List<Map<String, Object>> visible = ledger.get(path + "/transactions").items();
    assertEquals(List.of(creditId), visible.stream().map(e -> e.get("id")).toList());
    List<Map<String, Object>> audit = ledger.get(path + "/transactions?includeDeleted=true").items();
    assertEquals(List.of(debitId, creditId), audit.stream().map(e -> e.get("id")).toList());
    assertTrue(audit.get(0).containsKey("deletedAt"));
    assertFalse(audit.get(1).containsKey("deletedAt"));
  }

  private record Outcome(long points, int status, String entryId, String detail) {}

  /**
   * Many writers credit and debit one customer at once through the handler. Afterwards: every request got 201 or
   * 409; the balance equals the sum of the successful changes (no lost write) and of the visible ledger; there is
   * exactly one entry per 201 and none per 409; the balance was never seen below zero, neither by a reader polling
   * it during the run nor in the balance each 409 reported.
   */
  @Test
  public void concurrentCreditsAndDebitsOnOneCustomer() throws Exception {
    createCustomer("busy");
    String transactions = "/v1/customers/busy/transactions";
    int threads = threads();
    int perThread = operationsPerThread();
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong lowestSeen = new AtomicLong(Long.MAX_VALUE);
    AtomicLong reads = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    long began = System.nanoTime();
    try {
      Future<?> reader = pool.submit(() -> {
        while (running.get()) {
          lowestSeen.accumulateAndGet(balance("busy"), Math::min);
          reads.incrementAndGet();
        }
      });
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(7919L * (t + 1));
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            long points = random.nextBoolean() ? 1 + random.nextInt(100) : -(1 + random.nextInt(120));
            Http.Result r = ledger.post(transactions, "{\"points\":" + points + ",\"note\":\"load " + i + "\"}");
            outcomes.add(new Outcome(points, r.status(), r.status() == 201 ? r.string("id") : null,
                r.status() == 201 ? null : r.toString()));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(10, TimeUnit.MINUTES);
      }
      running.set(false);
      reader.get(1, TimeUnit.MINUTES);
    } finally {
      running.set(false);
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    List<Outcome> all = List.copyOf(outcomes);
    assertEquals(threads * perThread, all.size());
    List<Outcome> unexpected = all.stream().filter(o -> o.status() != 201 && o.status() != 409).toList();
    assertEquals(List.of(), unexpected, "only 201 and 409 are correct answers");
    List<Outcome> applied = all.stream().filter(o -> o.status() == 201).toList();
    List<Outcome> refused = all.stream().filter(o -> o.status() == 409).toList();

    long expected = applied.stream().mapToLong(Outcome::points).sum();
    long finalBalance = balance("busy");
    assertEquals(expected, finalBalance, "the balance is the sum of every 201: no write lost, none doubled");
    assertTrue(finalBalance >= 0);

    List<Map<String, Object>> entries = allEntries(transactions);
    assertEquals(applied.size(), entries.size(), "one entry per 201, none per 409");
    Set<String> entryIds = entries.stream().map(e -> (String) e.get("id")).collect(Collectors.toSet());
    assertEquals(applied.stream().map(Outcome::entryId).collect(Collectors.toSet()), entryIds);
    assertEquals(finalBalance, entries.stream().mapToLong(e -> ((Number) e.get("points")).longValue()).sum(),
        "the balance equals the sum of the visible ledger");

    var stored = backend.stores().ledger().balance(program.id(), new CustomerId("busy")).orElseThrow();
    assertEquals(applied.size(), stored.version(), "exactly one balance update per applied change");
    assertEquals(applied.stream().mapToLong(Outcome::points).filter(p -> p > 0).sum(), stored.lifetimeEarned());

    for (Outcome o : refused) {
      assertTrue(o.points() < 0, "only debits can be refused: " + o);
      Matcher m = REFUSED_BALANCE.matcher(o.detail());
      assertTrue(m.find(), o.detail());
      long balanceThen = Long.parseLong(m.group(1));
      assertTrue(balanceThen >= 0 && balanceThen < -o.points(), "refused only when too low, never negative: " + o);
    }
    assertTrue(lowestSeen.get() >= 0, "the balance was seen at " + lowestSeen.get());

    System.out.printf("concurrency: %d writers x %d requests in %.1f s (%.0f requests/s): %d applied, %d refused, "
            + "final balance %d, %d balance reads during the run, lowest seen %d%n",
        threads, perThread, seconds, all.size() / seconds, applied.size(), refused.size(), finalBalance, reads.get(),
        lowestSeen.get());
  }

  private List<Map<String, Object>> allEntries(String transactions) {
    List<Map<String, Object>> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = null;
    do {
      Http.Result page = ledger.get(transactions + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      for (Map<String, Object> entry : page.items()) {
        assertTrue(seen.add((String) entry.get("id")), "listed twice: " + entry);
        entries.add(entry);
      }
      cursor = (String) page.json().get("nextCursor");
    } while (cursor != null);
    return entries;
  }
}
