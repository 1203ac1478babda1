package nl.klantpunten.functions.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestBackend;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.program.ProgramKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency-Key: a retry answers the first entry and writes nothing; a key is never silently reused. */
@ExtendWith(TestBackend.class)
class IdempotencyTest {
  private static final String TX = "/v1/customers/c-1/transactions";
  private Http admin;

  @BeforeEach
  void setUp(Backend backend) {
    TestProgram program = TestProgram.create(backend, ProgramKind.SHOP);
    for (String id : List.of("c-1", "c-2")) {
      backend.stores().customers().save(program.id(), new CustomerId(id),
          CustomerDetails.parse(id + "@example.com", "Customer " + id, null), Instant.now());
    }
    admin = new Http(new LedgerFunction(backend), program.admin());
  }

  private Http.Result post(String path, String body, String key) {
    return admin.send("POST", path, body, Map.of("Idempotency-Key", key));
  }

  private long balance(String customer) {
    return admin.get("/v1/customers/" + customer + "/balance").number("balance");
  }

  private int entries(String customer) {
    return admin.get("/v1/customers/" + customer + "/transactions?includeDeleted=true&limit=100").items().size();
  }

  @Test
  void theSameRequestTwiceIsAppliedOnceAndAnsweredTwice() {
    Http.Result first = post(TX, "{\"points\":250,\"note\":\"order 17\"}", "order-17");
    Http.Result second = post(TX, "{\"points\":250,\"note\":\"order 17\"}", "order-17");
    assertEquals(201, first.status(), first.toString());
    assertEquals(201, second.status(), second.toString());
    assertNull(first.header("idempotent-replayed"));
    assertEquals("true", second.header("idempotent-replayed"));
    assertEquals(first.json(), second.json(), "the first answer, entry id included");
    assertEquals(250, balance("c-1"));
    assertEquals(1, entries("c-1"));
  }

  @Test
  void theSameKeyForADifferentRequestIs422AndWritesNothing() {
    post(TX, "{\"points\":250,\"note\":\"order 18\"}", "order-18");
    for (var other : List.of(
        Map.entry(TX, "{\"points\":251,\"note\":\"order 18\"}"),
        Map.entry(TX, "{\"points\":250,\"note\":\"order 18 again\"}"),
        Map.entry("/v1/customers/c-2/transactions", "{\"points\":250,\"note\":\"order 18\"}"))) {
      Http.Result reused = post(other.getKey(), other.getValue(), "order-18");
      assertEquals(422, reused.status(), reused.toString());
      assertEquals("application/problem+json", reused.contentType());
      assertEquals("Idempotency-Key", reused.problemField());
      assertEquals("IDEMPOTENCY_KEY_REUSED", reused.string("code"));
    }
    assertEquals(250, balance("c-1"));
    assertEquals(1, entries("c-1"));
    assertEquals(0, balance("c-2"));
    assertEquals(0, entries("c-2"));
  }

  @Test
  void aKeyWhoseFirstRequestFailedValidationStillWorks() {
    Http.Result invalid = post(TX, "{\"points\":250}", "order-19");
    assertEquals(400, invalid.status());
    Http.Result real = post(TX, "{\"points\":250,\"note\":\"order 19\"}", "order-19");
    assertEquals(201, real.status(), real.toString());
    assertNull(real.header("idempotent-replayed"));
    assertEquals(250, balance("c-1"));
  }

  @Test
  void aKeyWhoseFirstRequestWasRefusedForTheBalanceStillWorksLater() {
    String debit = "{\"points\":-100,\"note\":\"redeem\"}";
    assertEquals(409, post(TX, debit, "redeem-1").status());
    post(TX, "{\"points\":100,\"note\":\"credit\"}", "credit-1");
    Http.Result later = post(TX, debit, "redeem-1");
    assertEquals(201, later.status(), later.toString());
    assertNull(later.header("idempotent-replayed"));
    assertEquals(0, balance("c-1"));
  }

  @Test
  void withoutAKeyEveryRequestIsNew() {
    admin.post(TX, "{\"points\":10,\"note\":\"same\"}");
    admin.post(TX, "{\"points\":10,\"note\":\"same\"}");
    assertEquals(20, balance("c-1"));
    assertEquals(2, entries("c-1"));
  }

  @Test
  void simultaneousRetriesWithOneKeyWriteOneEntry() throws Exception {
    int clients = 8;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Http.Result>> retries = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        retries.add(() -> post(TX, "{\"points\":75,\"note\":\"flaky network\"}", "flaky-1"));
      }
      List<Http.Result> results = new ArrayList<>();
      for (Future<Http.Result> f : pool.invokeAll(retries)) {
        results.add(f.get());
      }
      results.forEach(r -> assertEquals(201, r.status(), r.toString()));
      assertEquals(1, results.stream().map(r -> r.string("id")).distinct().count());
      assertEquals(clients - 1, results.stream().filter(r -> "true".equals(r.header("idempotent-replayed"))).count());
      assertEquals(75, balance("c-1"));
      assertEquals(1, entries("c-1"));
    } finally {
      pool.shutdownNow();
    }
  }
}
