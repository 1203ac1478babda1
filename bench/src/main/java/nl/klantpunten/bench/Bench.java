package nl.klantpunten.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.emulators.Emulators;

/**
 * Runs the benchmarks of issue 9 and prints their tables: deployable sizes, requests per operation, warm latency
 * against the storage floor, cold start, and a bounded load run with the ledger invariant; then writes every figure
 * to bench/results.json. Figures are printed, never asserted. See docs/performance.md.
 *
 * <p>Options ({@code -Dbench.args="…"} under Maven): {@code quick} (short counts for a smoke run),
 * {@code --calls=2000}, {@code --warmup=500}, {@code --cold-runs=5}, {@code --load-seconds=60},
 * {@code --load-clients=8}, {@code --load-customers=40}, {@code --customers=200},
 * {@code --only=size,counts,latency,coldstart,load}, {@code --operations=history,sale} (only the catalog operations
 * whose names contain one of these words, for the counts and latency phases),
 * {@code --load-url=http://127.0.0.1:PORT --load-key=KEY}
 * (load an external server, e.g. the local runtime, instead of the bench's own), {@code --out=FILE}.
 */
public final class Bench {
  static final List<String> PHASES = List.of("size", "counts", "latency", "coldstart", "load");

  record Options(Path repo, int calls, int warmup, int coldRuns, int loadSeconds, int loadClients, int loadCustomers,
      int customers, Set<String> only, List<String> operations, String loadUrl, String loadKey, Path out) {

    static Options parse(String[] rawArgs) {
      List<String> args = Arrays.stream(rawArgs).flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
          .filter(a -> !a.isBlank() && !a.equals("--")).toList();
      Map<String, String> v = new LinkedHashMap<>();
      boolean quick = false;
      for (String a : args) {
        if (a.equals("quick") || a.equals("--quick")) {
          quick = true;
        } else if (a.startsWith("--") && a.contains("=")) {
          v.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        } else {
          throw new IllegalArgumentException("unknown argument " + a + " (see Bench's Javadoc)");
        }
      }
      Path repo = Path.of(v.getOrDefault("repo", ".")).toAbsolutePath().normalize();
      Set<String> only = Set.copyOf(Arrays.asList(v.getOrDefault("only", String.join(",", PHASES)).split(",")));
      if (!PHASES.containsAll(only)) {
        throw new IllegalArgumentException("--only takes " + PHASES + ", got " + only);
      }
      if (v.containsKey("load-url") != v.containsKey("load-key")) {
        throw new IllegalArgumentException("--load-url and --load-key go together");
      }
      return new Options(repo,
          integer(v, "calls", quick ? 200 : 2000),
          integer(v, "warmup", quick ? 50 : 500),
          integer(v, "cold-runs", quick ? 2 : 5),
          integer(v, "load-seconds", quick ? 10 : 60),
          integer(v, "load-clients", 8),
          integer(v, "load-customers", quick ? 10 : 40),
          integer(v, "customers", quick ? 50 : 200),
          only, v.containsKey("operations") ? List.of(v.get("operations").split(",")) : List.of(),
          v.get("load-url"), v.get("load-key"),
          Path.of(v.getOrDefault("out", repo.resolve("bench/results.json").toString())));
    }

    /** The catalog's operations this run measures (all, unless --operations narrows them). */
    List<BenchOperation> selected() {
      return Catalog.operations().stream()
          .filter(op -> operations.isEmpty() || operations.stream().anyMatch(op.name()::contains)).toList();
    }

    private static int integer(Map<String, String> v, String name, int fallback) {
      return v.containsKey(name) ? Integer.parseInt(v.get(name)) : fallback;
    }

    Map<String, Object> asJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("calls", calls);
      m.put("warmup", warmup);
      m.put("coldRuns", coldRuns);
      m.put("loadSeconds", loadSeconds);
      m.put("loadClients", loadClients);
      m.put("loadCustomers", loadCustomers);
      m.put("customers", customers);
      m.put("phases", PHASES.stream().filter(only::contains).toList());
      if (!operations.isEmpty()) {
        m.put("operations", operations);
      }
      return m;
    }
  }

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("takenAt", Instant.now().toString());
    results.put("machine", Machine.describe());
    results.put("settings", options.asJson());
    System.out.println("Klantpunten benchmarks — " + Machine.summary());

    if (options.only().contains("size")) {
      results.put("artifacts", new ArtifactPhase(options.repo()).run());
    }
    long started = System.nanoTime();
    try (Emulators emulators = Emulators.start(null)) {
      System.out.printf(Locale.ROOT, "DynamoDB Local started in %.1f s; preparing S3 and %d customers…%n",
          (System.nanoTime() - started) / 1e9, options.customers());
      Fixture fixture = new Fixture(emulators.dynamoEndpoint(), emulators.s3Endpoint(), options.customers());
      if (options.only().contains("counts")) {
        results.put("requestsPerOperation", new RequestCountPhase(fixture, options.selected()).run());
      }
      if (options.only().contains("latency")) {
        results.put("latency", new LatencyPhase(fixture, options.selected(), options.warmup(), options.calls()).run());
      }
      if (options.only().contains("coldstart")) {
        results.put("coldStart", new ColdStartPhase(options.repo(), fixture, options.coldRuns()).run());
      }
      if (options.only().contains("load")) {
        results.put("load", new LoadPhase(fixture, options).run());
      }
    }
    results.put("loadAverageAfter", Machine.loadAverage());
    write(options.out(), results);
    System.out.println("\nwrote " + options.out());
    System.out.flush();
    Runtime.getRuntime().halt(0); // DynamoDB Local leaves non-daemon threads behind
  }

  /** The catalog's function {@code module}, built in-process over the fixture's counted clients. */
  static HttpFunction function(String module, Fixture fixture) {
    BenchFunction function = Catalog.functions().stream().filter(f -> f.module().equals(module)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no function " + module + " in Catalog.functions()"));
    if (!function.isHttp()) {
      throw new IllegalArgumentException(module + " is not an HTTP function");
    }
    return function.inProcess().apply(fixture);
  }

  private static void write(Path out, Map<String, Object> results) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(results) + "\n");
  }
}
