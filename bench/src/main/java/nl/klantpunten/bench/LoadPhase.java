package nl.klantpunten.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.bench.load.BenchHttpServer;
import nl.klantpunten.bench.load.LoadRun;
import nl.klantpunten.core.auth.Role;

/**
 * Load on the local stack: every function of the catalog hosted on loopback HTTP by {@link BenchHttpServer} over the
 * fixture's backend (or an external base URL and key: the local runtime), mixed traffic from concurrent clients for
 * a bounded time, then the ledger invariant.
 */
final class LoadPhase {
  private final Fixture fixture;
  private final Bench.Options options;

  LoadPhase(Fixture fixture, Bench.Options options) {
    this.fixture = fixture;
    this.options = options;
  }

  Map<String, Object> run() throws Exception {
    BenchHttpServer server = null;
    URI base;
    String key;
    if (options.loadUrl() != null) {
      base = URI.create(options.loadUrl());
      key = options.loadKey();
    } else {
      List<HttpFunction> functions = Catalog.functions().stream().filter(BenchFunction::isHttp)
          .map(f -> f.inProcess().apply(fixture)).toList();
      server = BenchHttpServer.start(functions, options.loadClients() * 2);
      base = server.baseUrl();
      key = fixture.key(Role.ADMIN);
    }
    System.out.printf("  load: %d clients for %d s against %s%s%n", options.loadClients(), options.loadSeconds(),
        base, server == null ? "" : " (in-bench server, " + options.loadClients() * 2 + " threads)");
    long dynamoBefore = fixture.counter().total();
    LoadRun.Report report;
    try {
      report = new LoadRun(new LoadRun.Settings(base, key, Duration.ofSeconds(options.loadSeconds()),
          options.loadClients(), options.loadCustomers(), "load-" + System.currentTimeMillis() + "-", 42L),
          Catalog.loadMix()).run();
    } finally {
      if (server != null) {
        server.close();
      }
    }
    long dynamoRequests = fixture.counter().total() - dynamoBefore;

    Table table = new Table(String.format(Locale.ROOT, "load: %d clients, %.0f s, loopback HTTP (ms)",
        options.loadClients(), report.seconds()), "traffic", "OK", "refused (409)", "errors");
    report.outcomes().forEach((name, o) -> table.row(name, o.get("OK").toString(), o.get("REFUSED").toString(),
        o.get("ERROR").toString()));
    table.print();
    Table latency = new Table("load: latency per request", "request", "count", "p50", "p99");
    latency.row("all", Integer.toString(report.latency().count()), Table.ms(report.latency().percentile(50)),
        Table.ms(report.latency().percentile(99)));
    report.byOperation().entrySet().stream().filter(e -> !e.getKey().equals("setup") && !e.getKey().equals("check"))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> latency.row(e.getKey(), Integer.toString(e.getValue().count()),
            Table.ms(e.getValue().percentile(50)), Table.ms(e.getValue().percentile(99))));
    latency.print();
    LoadRun.Invariant inv = report.invariant();
    System.out.printf(Locale.ROOT, "  throughput %.1f requests/s, errors %d; DynamoDB requests during the run: %s%n",
        report.requestsPerSecond(), report.errors(), server == null ? "(external server: not counted)"
            : String.format(Locale.ROOT, "%d (%.1f/s)", dynamoRequests, dynamoRequests / report.seconds()));
    System.out.printf("  ledger invariant: %d customers, %d visible entries, %d violations%s%n",
        inv.customersChecked(), inv.entriesChecked(), inv.violations().size(),
        inv.uncertain() == 0 ? "" : " (" + inv.uncertain() + " customers with an unknown outcome: checked"
            + " against their entries only)");
    inv.violations().stream().limit(20).forEach(v -> System.out.println("    VIOLATION " + v));

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("baseUrl", base.toString());
    json.put("inBenchServer", server != null);
    json.put("clients", options.loadClients());
    json.put("seconds", Math.round(report.seconds() * 10) / 10.0);
    json.put("requests", report.requests());
    json.put("requestsPerSecond", Math.round(report.requestsPerSecond() * 10) / 10.0);
    json.put("p50Ms", ColdStartPhase.ms(report.latency().percentile(50)));
    json.put("p99Ms", ColdStartPhase.ms(report.latency().percentile(99)));
    json.put("errors", report.errors());
    json.put("outcomes", report.outcomes());
    if (server != null) {
      json.put("dynamoRequests", dynamoRequests);
    }
    Map<String, Object> invariant = new LinkedHashMap<>();
    invariant.put("customers", inv.customersChecked());
    invariant.put("entries", inv.entriesChecked());
    invariant.put("violations", inv.violations());
    invariant.put("uncertainCustomers", inv.uncertain());
    json.put("invariant", invariant);
    return json;
  }
}
