package nl.klantpunten.bench;

import static nl.klantpunten.bench.BenchFunction.ColdRequest.get;

import java.util.List;
import java.util.Map;
import nl.klantpunten.bench.load.LoadClient;
import nl.klantpunten.bench.load.LoadLedger;
import nl.klantpunten.bench.load.LoadOperation;
import nl.klantpunten.bench.load.LoadOperation.Outcome;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;

/**
 * What the benchmark measures: the functions and the operations. A new function or use case is one entry here (and,
 * for a new function module, one dependency in bench/pom.xml so that {@code -am} builds its deployable); the phases
 * pick it up from these lists.
 *
 * <p>Still to come (issues 3, 4, 5, 7), each a line below once merged: the order-webhook earn (issue 3), quote,
 * reserve and commit (issue 4), the customer summary (issue 5) and the card (issue 7).
 */
final class Catalog {
  private Catalog() {}

  static List<BenchFunction> functions() {
    return List.of(
        new BenchFunction("customers", CustomersFunction.class.getName(), CustomersFunction::new,
            get("/v1/customers/{customer}")),
        new BenchFunction("ledger", LedgerFunction.class.getName(), LedgerFunction::new,
            get("/v1/customers/{customer}/balance")));
  }

  static List<BenchOperation> operations() {
    return List.of(
        BenchOperation.on("customers", "create customer (PUT)")
            .request(f -> {
              long n = f.unique();
              return f.put("/v1/customers/new-" + n,
                  "{\"email\":\"new-" + n + "@example.com\",\"name\":\"New Customer " + n + "\"}");
            })
            .expect(201).floor("TransactWriteItems"),
        BenchOperation.on("ledger", "manual adjustment (POST transaction)")
            .request(f -> f.post(path(f.customer()) + "/transactions", "{\"points\":10,\"note\":\"bench credit\"}"))
            .expect(201).floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("ledger", "manual adjustment with Idempotency-Key")
            .request(f -> {
              var event = f.post(path(f.customer()) + "/transactions", "{\"points\":10,\"note\":\"bench credit\"}");
              event.getHeaders().put("idempotency-key", "bench-" + f.unique());
              return event;
            })
            .expect(201).floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("ledger", "balance (GET)")
            .request(f -> f.get(path(f.customer()) + "/balance"))
            .floor("GetItem").target("1 read"),
        BenchOperation.on("ledger", "history (GET transactions, 20 newest)")
            .request(f -> f.get(path(f.customer()) + "/transactions"))
            .floor("Query"),
        BenchOperation.on("ledger", "preview (POST transactions/preview)")
            .request(f -> f.post(path(f.customer()) + "/transactions/preview",
                "{\"points\":-10,\"note\":\"bench preview\"}"))
            .floor("GetItem").target("1 read"),
        BenchOperation.on("ledger", "delete transaction (DELETE)")
            .request(f -> {
              CustomerId customer = f.customer();
              String entry = f.prepareEntry(customer, 10);
              return f.delete(path(customer) + "/transactions/" + entry);
            })
            .floor("GetItem", "TransactWriteItems").target("1 write"));
    // Issue 3: BenchOperation.on("<webhooks module>", "earn from order webhook")...floor("TransactWriteItems").target("1 write")
    // Issue 4: quote .floor("GetItem").target("1 read"); reserve and commit .floor("TransactWriteItems").target("1 write")
    // Issue 5: summary; issue 7: card (S3 requests are counted too once its client carries the counter)
  }

  /**
   * The load phase's traffic, by weight. Later: order webhooks (issue 3), quotes and reservations (issue 4), each one
   * entry booking what was acknowledged through {@link LoadClient#booked}.
   */
  static List<LoadOperation> loadMix() {
    return List.of(
        new LoadOperation("balance GET", 30, c -> {
          LoadClient.Response r = c.send("balance GET", "GET", LoadClient.path(c.customer()) + "/balance", null,
              Map.of());
          return r.status() == 200 ? Outcome.OK : Outcome.ERROR;
        }),
        new LoadOperation("credit POST (Idempotency-Key)", 25, c -> {
          String customer = c.customer();
          return c.booked(customer, c.send("credit POST", "POST", LoadClient.path(customer) + "/transactions",
              adjustment(1 + c.random().nextInt(100)), Map.of("idempotency-key", "load-" + c.unique())));
        }),
        new LoadOperation("credit POST retried with the same key", 5, c -> {
          String customer = c.customer();
          String body = adjustment(1 + c.random().nextInt(100));
          Map<String, String> key = Map.of("idempotency-key", "load-" + c.unique());
          String url = LoadClient.path(customer) + "/transactions";
          LoadClient.Response first = c.send("credit POST", "POST", url, body, key);
          Outcome booked = c.booked(customer, first);
          LoadClient.Response retry = c.send("credit POST (replay)", "POST", url, body, key);
          boolean replayed = retry.status() == 201 && "true".equals(retry.header("idempotent-replayed"))
              && first.status() == 201 && retry.json().get("id").equals(first.json().get("id"));
          if (!replayed) {
            c.ledger().uncertain(customer);
          }
          return replayed ? booked : Outcome.ERROR;
        }),
        new LoadOperation("debit POST", 15, c -> {
          String customer = c.customer();
          return c.booked(customer, c.send("debit POST", "POST", LoadClient.path(customer) + "/transactions",
              adjustment(-1 - c.random().nextInt(50)), Map.of()));
        }),
        new LoadOperation("preview POST", 10, c -> {
          LoadClient.Response r = c.send("preview POST", "POST",
              LoadClient.path(c.customer()) + "/transactions/preview", adjustment(-25), Map.of());
          return r.status() == 200 ? Outcome.OK : Outcome.ERROR;
        }),
        new LoadOperation("history GET", 10, c -> {
          LoadClient.Response r = c.send("history GET", "GET", LoadClient.path(c.customer()) + "/transactions",
              null, Map.of());
          return r.status() == 200 ? Outcome.OK : Outcome.ERROR;
        }),
        new LoadOperation("delete DELETE", 5, c -> {
          String customer = c.customer();
          LoadLedger.Entry entry = c.ledger().take(customer);
          if (entry == null) {
            return Outcome.REFUSED; // nothing of this customer's acknowledged yet
          }
          LoadClient.Response r = c.send("delete DELETE", "DELETE",
              LoadClient.path(customer) + "/transactions/" + entry.id(), null, Map.of());
          if (r.status() == 200) {
            c.ledger().deleted(customer, entry);
            return Outcome.OK;
          }
          if (r.status() == 409) {
            c.ledger().giveBack(customer, entry);
            return Outcome.REFUSED;
          }
          c.ledger().uncertain(customer);
          return Outcome.ERROR;
        }));
  }

  private static String adjustment(long points) {
    return "{\"points\":" + points + ",\"note\":\"load\"}";
  }

  static String path(CustomerId customer) {
    return "/v1/customers/" + customer.value();
  }
}
