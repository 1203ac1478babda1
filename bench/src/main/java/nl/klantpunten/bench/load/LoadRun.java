package nl.klantpunten.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import nl.klantpunten.bench.Samples;

/**
 * A bounded run of mixed traffic from concurrent clients against a base URL (the bench's own server today, the
 * local runtime's once merged), then the ledger invariant over HTTP: every customer's balance equals the sum of its
 * visible entries, none is negative, and it equals what the clients were told (acknowledged changes, each once).
 */
public final class LoadRun {
  /** What to run. {@code customerPrefix} keeps the customers of different runs apart. */
  public record Settings(URI baseUrl, String adminKey, Duration duration, int clients, int customers,
      String customerPrefix, long seed) {}

  /** What a run gave. */
  public record Report(double seconds, long requests, double requestsPerSecond, Samples latency,
      Map<String, Samples> byOperation, Map<String, Map<String, Long>> outcomes, long errors, Invariant invariant) {}

  /** The ledger check after the run. */
  public record Invariant(int customersChecked, int entriesChecked, List<String> violations, int uncertain) {}

  private final Settings settings;
  private final List<LoadOperation> mix;
  private final HttpClient http;

  public LoadRun(Settings settings, List<LoadOperation> mix) {
    this.settings = settings;
    this.mix = List.copyOf(mix);
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  public Report run() throws InterruptedException {
    List<String> customers = createCustomers();
    LoadLedger ledger = new LoadLedger();
    Samples all = new Samples(100_000);
    Map<String, Samples> byOperation = new ConcurrentHashMap<>();
    Map<String, Map<LoadOperation.Outcome, LongAdder>> outcomes = new ConcurrentHashMap<>();
    AtomicLong unique = new AtomicLong();
    int totalWeight = mix.stream().mapToInt(LoadOperation::weight).sum();
    long deadline = System.nanoTime() + settings.duration().toNanos();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < settings.clients(); i++) {
      LoadClient client = new LoadClient(http, settings.baseUrl(), settings.adminKey(), customers, ledger,
          settings.seed() + i, unique, all, byOperation);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          LoadOperation op = pick(client, totalWeight);
          LoadOperation.Outcome outcome;
          try {
            outcome = op.action().apply(client);
          } catch (RuntimeException e) {
            outcome = LoadOperation.Outcome.ERROR;
          }
          outcomes.computeIfAbsent(op.name(), k -> new ConcurrentHashMap<>())
              .computeIfAbsent(outcome, k -> new LongAdder()).increment();
        }
      }, "load-client-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Map<String, Long>> counted = new LinkedHashMap<>();
    long errors = 0;
    for (LoadOperation op : mix) {
      Map<String, Long> byOutcome = new LinkedHashMap<>();
      for (LoadOperation.Outcome o : LoadOperation.Outcome.values()) {
        LongAdder n = outcomes.getOrDefault(op.name(), Map.of()).get(o);
        byOutcome.put(o.name(), n == null ? 0 : n.sum());
      }
      errors += byOutcome.get("ERROR");
      counted.put(op.name(), byOutcome);
    }
    return new Report(seconds, all.count(), all.count() / seconds, all, byOperation, counted, errors,
        check(customers, ledger));
  }

  private LoadOperation pick(LoadClient client, int totalWeight) {
    int r = client.random().nextInt(totalWeight);
    for (LoadOperation op : mix) {
      r -= op.weight();
      if (r < 0) {
        return op;
      }
    }
    throw new IllegalStateException("weights");
  }

  private List<String> createCustomers() {
    LoadClient setup = setupClient();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < settings.customers(); i++) {
      String id = settings.customerPrefix() + i;
      LoadClient.Response r = setup.send("setup", "PUT", LoadClient.path(id),
          "{\"email\":\"" + id + "@example.com\",\"name\":\"Load " + i + "\"}", Map.of());
      if (r.status() != 201 && r.status() != 200) {
        throw new IllegalStateException("could not create customer " + id + ": " + r.status() + " " + r.body());
      }
      ids.add(id);
    }
    return ids;
  }

  private LoadClient setupClient() {
    return new LoadClient(http, settings.baseUrl(), settings.adminKey(), List.of(), new LoadLedger(), 0,
        new AtomicLong(), new Samples(16), new ConcurrentHashMap<>());
  }

  /** The invariant, read back over HTTP with the admin key. */
  private Invariant check(List<String> customers, LoadLedger ledger) {
    LoadClient reader = setupClient();
    List<String> violations = new ArrayList<>();
    int entries = 0;
    int uncertain = 0;
    for (String customer : customers) {
      LoadClient.Response b = reader.send("check", "GET", LoadClient.path(customer) + "/balance", null, Map.of());
      if (b.status() != 200) {
        violations.add(customer + ": balance answered " + b.status());
        continue;
      }
      long balance = ((Number) b.json().get("balance")).longValue();
      long sum = 0;
      Set<String> seen = new HashSet<>();
      String cursor = null;
      do {
        String query = "?limit=100" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor,
            StandardCharsets.UTF_8));
        LoadClient.Response page = reader.send("check", "GET", LoadClient.path(customer) + "/transactions" + query,
            null, Map.of());
        if (page.status() != 200) {
          violations.add(customer + ": history answered " + page.status());
          break;
        }
        Map<String, Object> json = page.json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
        for (Map<String, Object> e : items) {
          if (!seen.add((String) e.get("id"))) {
            violations.add(customer + ": entry " + e.get("id") + " listed twice");
          }
          sum += ((Number) e.get("points")).longValue();
        }
        cursor = (String) json.get("nextCursor");
      } while (cursor != null);
      entries += seen.size();
      if (balance != sum) {
        violations.add(customer + ": balance " + balance + " but entries sum to " + sum);
      }
      if (balance < 0) {
        violations.add(customer + ": negative balance " + balance);
      }
      if (ledger.isUncertain(customer)) {
        uncertain++;
      } else if (balance != ledger.expected(customer)) {
        violations.add(customer + ": balance " + balance + " but the clients were acknowledged "
            + ledger.expected(customer));
      }
    }
    return new Invariant(customers.size(), entries, violations, uncertain);
  }
}
