package nl.klantpunten.bench;

import static nl.klantpunten.bench.BenchFunction.ColdRequest.get;
import static nl.klantpunten.bench.BenchFunction.ColdRequest.post;

import java.util.List;
import java.util.Map;
import nl.klantpunten.bench.load.LoadClient;
import nl.klantpunten.bench.load.LoadLedger;
import nl.klantpunten.bench.load.LoadOperation;
import nl.klantpunten.bench.load.LoadOperation.Outcome;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.api.Json;
import nl.klantpunten.functions.badges.BadgesFunction;
import nl.klantpunten.functions.cards.CardsFunction;
import nl.klantpunten.functions.checkout.CheckoutFunction;
import nl.klantpunten.functions.customers.CustomersFunction;
import nl.klantpunten.functions.earning.EarningFunction;
import nl.klantpunten.functions.enrolment.EnrolmentFunction;
import nl.klantpunten.functions.ledger.LedgerFunction;
import nl.klantpunten.functions.panel.VendorPanelFunction;
import nl.klantpunten.functions.settings.SettingsFunction;
import nl.klantpunten.functions.stream.TableStreamFunction;
import nl.klantpunten.functions.webhooks.WebhooksFunction;

/**
 * What the benchmark measures: the functions and the operations. A new function or use case is one entry here (and,
 * for a new function module, one dependency in bench/pom.xml so that {@code -am} builds its deployable); the phases
 * pick it up from these lists. An operation the issue names whose code is not merged yet stays in
 * {@link #notYetBuilt()} and is reported as such, never faked.
 */
final class Catalog {
  /** An operation issue 9 asks for whose function is still being built on another branch. */
  record NotYetBuilt(String name, String where, String target) {}

  private Catalog() {}

  static List<BenchFunction> functions() {
    return List.of(
        new BenchFunction("customers", CustomersFunction.class.getName(), f -> new CustomersFunction(f.backend()),
            get("/v1/customers/{customer}")),
        new BenchFunction("ledger", LedgerFunction.class.getName(), f -> new LedgerFunction(f.backend()),
            get("/v1/customers/{customer}/balance")),
        new BenchFunction("settings", SettingsFunction.class.getName(), f -> new SettingsFunction(f.backend()),
            get("/v1/settings")),
        new BenchFunction("webhooks", WebhooksFunction.class.getName(), f -> new WebhooksFunction(f.backend()),
            post("/v1/webhooks/orders", OrderPayloads.generic("cold-{order}", "{customer}", "paid"))),
        new BenchFunction("earning", EarningFunction.class.getName(), f -> new EarningFunction(f.backend()),
            post("/v1/sales", "{\"customer\":\"{card}\",\"saleAmount\":\"12.50\",\"note\":\"cold start\"}")),
        new BenchFunction("enrolment", EnrolmentFunction.class.getName(), f -> new EnrolmentFunction(f.backend()),
            get("/v1/card-program")),
        new BenchFunction("vendor-panel", VendorPanelFunction.class.getName(),
            f -> new VendorPanelFunction(f.backend()), get("/v1/panel/cards/{card}")),
        new BenchFunction("cards", CardsFunction.class.getName(),
            f -> new CardsFunction(f.backend(), f.cardFiles()), post("/v1/customers/{customer}/card", null))
            .withEnvironment(Map.of("CARD_BUCKET", Fixture.CARD_BUCKET)),
        new BenchFunction("checkout", CheckoutFunction.class.getName(), f -> new CheckoutFunction(f.backend()),
            post("/v1/checkout/quote", quote("{customer}"))),
        new BenchFunction("badges", BadgesFunction.class.getName(), f -> new BadgesFunction(f.backend()),
            get("/v1/customers/{customer}/summary")),
        // the relay's queue is never reached: the cold batch holds no outbox item
        new BenchFunction("stream", TableStreamFunction.class.getName(), null,
            BenchFunction.ColdRequest.streamBatch())
            .withEnvironment(Map.of("QUEUE_URL", "http://127.0.0.1:9/000000000000/bench-unused")));
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
        BenchOperation.on("webhooks", "earn from order webhook (own JSON, paid)")
            .request(f -> f.request("POST", "/v1/webhooks/orders",
                OrderPayloads.generic("o-" + f.unique(), f.customer().value(), "paid"), Role.WEBSHOP))
            .floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("webhooks", "earn from WooCommerce order (signed)")
            .request(f -> {
              String body = OrderPayloads.wooCommerce(100_000 + f.unique(), f.customer().value());
              return f.unauthenticated("POST", "/v1/webhooks/woocommerce?program=" + f.program().id().value(), body,
                  OrderPayloads.wooCommerceHeaders(body));
            })
            .floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("webhooks", "order webhook redelivered (unchanged)")
            .request(f -> {
              var event = f.request("POST", "/v1/webhooks/orders",
                  OrderPayloads.generic("r-" + f.unique(), f.customer().value(), "paid"), Role.WEBSHOP);
              f.prepare("webhooks", event); // the first delivery earns, untimed
              return event;
            })
            .floor("GetItem").target("0 writes"),
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
        BenchOperation.on("earning", "vendor sale by card code (POST /v1/sales)")
            .request(f -> f.request("POST", "/v1/sales", sale(Fixture.cardCodeOf(f.customer())), Role.VENDOR))
            .expect(201).floor("GetItem", "TransactWriteItems").target("1 write"),
        BenchOperation.on("earning", "vendor sale by customer id (POST /v1/sales)")
            .request(f -> f.request("POST", "/v1/sales", sale(f.customer().value()), Role.VENDOR))
            .expect(201).floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("cards", "card PDF (POST card: render, S3 upload, link)")
            .request(f -> f.request("POST", path(f.customer()) + "/card", null, Role.VENDOR))
            .expect(201).floor("GetItem", "PutObject"),
        BenchOperation.on("enrolment", "enrol through the public link (POST /v1/enrol)")
            .request(f -> {
              long n = f.unique();
              return f.unauthenticated("POST", "/v1/enrol/" + Fixture.CARD_PROGRAM_SLUG,
                  "{\"email\":\"enrol-" + n + "@example.com\",\"name\":\"Enrolled " + n + "\"}", Map.of());
            })
            .expect(202).floor("TransactWriteItems"),
        BenchOperation.on("vendor-panel", "card lookup (GET /v1/panel/cards/{code})")
            .request(f -> f.request("GET", "/v1/panel/cards/" + Fixture.cardCodeOf(f.customer()), null, Role.VENDOR))
            .floor("GetItem"),
        BenchOperation.on("settings", "settings (GET /v1/settings)")
            .request(f -> f.get("/v1/settings"))
            .floor("GetItem"),
        BenchOperation.on("checkout", "quote (POST /v1/checkout/quote)")
            .request(f -> f.post("/v1/checkout/quote", quote(f.customer().value())))
            .floor("GetItem").target("1 read"),
        BenchOperation.on("checkout", "reserve (POST /v1/checkout/redemptions)")
            .request(f -> reserve(f, f.customer().value()))
            .expect(201).floor("TransactWriteItems").target("1 write"),
        BenchOperation.on("checkout", "commit (POST redemptions/{id}/commit)")
            .request(f -> {
              var reserved = f.prepare("checkout", reserve(f, f.customer().value()));
              String id = (String) parse(reserved.getBody()).get("id");
              return f.post("/v1/checkout/redemptions/" + id + "/commit", null);
            })
            .floor("UpdateItem").target("1 write"),
        BenchOperation.on("badges", "customer summary (GET /v1/customers/{id}/summary)")
            .request(f -> f.get(path(f.customer()) + "/summary"))
            .floor("Query").target("1 read"),
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
  }

  /**
   * Operations the issue names that main does not have yet. When one is merged it becomes a {@link BenchOperation}
   * above (its function a {@link BenchFunction}, its module a dependency in bench/pom.xml) and leaves this list.
   */
  static List<NotYetBuilt> notYetBuilt() {
    return List.of();
  }

  /** Modules whose handlers are not HTTP functions nor the stream consumer: their cold start needs an SQS or
   * scheduled event the launcher does not send yet, so they are sized only by the size phase's jar scan. */
  static final java.util.Set<String> NOT_COLD_STARTED = java.util.Set.of("notifier", "reports", "automation",
      "gifts");

  private static String quote(String customer) {
    return "{\"customerId\":\"" + customer + "\",\"currency\":\"EUR\",\"requestedPoints\":500,"
        + "\"lines\":[{\"productId\":\"mug\",\"quantity\":2,\"unitPrice\":\"12.50\",\"discounted\":false}]}";
  }

  private static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent reserve(Fixture f,
      String customer) {
    var event = f.post("/v1/checkout/redemptions", "{\"customerId\":\"" + customer + "\",\"points\":500,"
        + "\"orderRef\":\"bench-" + f.unique() + "\",\"lines\":[{\"productId\":\"mug\",\"quantity\":2,"
        + "\"unitPrice\":\"12.50\"}]}");
    event.getHeaders().put("idempotency-key", "bench-reserve-" + f.unique());
    return event;
  }

  private static Map<String, Object> parse(String json) {
    try {
      return Json.readObject(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sale(String customer) {
    return "{\"customer\":\"" + customer + "\",\"saleAmount\":\"12.50\",\"note\":\"bench sale\"}";
  }

  /**
   * The load phase's traffic, by weight, each entry booking what was acknowledged through {@link LoadClient#booked}
   * or {@link LoadClient#earned}. Later: quotes and reservations (issue 4).
   */
  static List<LoadOperation> loadMix() {
    return List.of(
        new LoadOperation("order webhook (paid)", 12, c -> {
          String customer = c.customer();
          return c.earned(customer, c.send("order webhook", "POST", "/v1/webhooks/orders",
              OrderPayloads.generic("load-" + c.unique(), customer, "paid"), Map.of()));
        }),
        new LoadOperation("order webhook delivered twice", 3, c -> {
          String customer = c.customer();
          String body = OrderPayloads.generic("load-" + c.unique(), customer, "paid");
          Outcome first = c.earned(customer, c.send("order webhook", "POST", "/v1/webhooks/orders", body, Map.of()));
          LoadClient.Response again = c.send("order webhook (redelivery)", "POST", "/v1/webhooks/orders", body,
              Map.of());
          boolean unchanged = again.status() == 200 && "unchanged".equals(again.json().get("result"));
          if (!unchanged) {
            c.ledger().uncertain(customer);
          }
          return unchanged ? first : Outcome.ERROR;
        }),
        new LoadOperation("vendor sale POST", 10, c -> {
          String customer = c.customer();
          return c.earned(customer, c.send("vendor sale", "POST", "/v1/sales", sale(customer), Map.of()));
        }),
        new LoadOperation("balance GET", 20, c -> {
          LoadClient.Response r = c.send("balance GET", "GET", LoadClient.path(c.customer()) + "/balance", null,
              Map.of());
          return r.status() == 200 ? Outcome.OK : Outcome.ERROR;
        }),
        new LoadOperation("credit POST (Idempotency-Key)", 20, c -> {
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
        new LoadOperation("debit POST", 10, c -> {
          String customer = c.customer();
          return c.booked(customer, c.send("debit POST", "POST", LoadClient.path(customer) + "/transactions",
              adjustment(-1 - c.random().nextInt(50)), Map.of()));
        }),
        new LoadOperation("preview POST", 5, c -> {
          LoadClient.Response r = c.send("preview POST", "POST",
              LoadClient.path(c.customer()) + "/transactions/preview", adjustment(-25), Map.of());
          return r.status() == 200 ? Outcome.OK : Outcome.ERROR;
        }),
        new LoadOperation("history GET", 5, c -> {
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
