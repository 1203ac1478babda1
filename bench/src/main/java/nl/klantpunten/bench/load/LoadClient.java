package nl.klantpunten.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.klantpunten.api.Json;
import nl.klantpunten.bench.Samples;

/**
 * One concurrent client of the load run: its own random stream, the shared HTTP client, the shared
 * {@link LoadLedger}, and {@link #send}, which times every request into the run's samples.
 */
public final class LoadClient {
  /** What came back; status -1 when the request failed on the wire. */
  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, Object> json() {
      try {
        return Json.readObject(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }

  private final HttpClient http;
  private final URI base;
  private final String key;
  private final List<String> customers;
  private final LoadLedger ledger;
  private final SplittableRandom random;
  private final AtomicLong unique;
  private final Samples all;
  private final Map<String, Samples> byOperation;

  LoadClient(HttpClient http, URI base, String key, List<String> customers, LoadLedger ledger, long seed,
      AtomicLong unique, Samples all, Map<String, Samples> byOperation) {
    this.http = http;
    this.base = base;
    this.key = key;
    this.customers = customers;
    this.ledger = ledger;
    this.random = new SplittableRandom(seed);
    this.unique = unique;
    this.all = all;
    this.byOperation = byOperation;
  }

  public String customer() {
    return customers.get(random.nextInt(customers.size()));
  }

  public SplittableRandom random() {
    return random;
  }

  public LoadLedger ledger() {
    return ledger;
  }

  public long unique() {
    return unique.incrementAndGet();
  }

  public static String path(String customer) {
    return "/v1/customers/" + customer;
  }

  /** Sends one request, timing it under {@code label}. */
  public Response send(String label, String method, String pathAndQuery, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(30))
        .header("authorization", "Bearer " + key)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("content-type", "application/json");
    }
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      return new Response(-1, Map.of(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(-1, Map.of(), "interrupted");
    } finally {
      long nanos = System.nanoTime() - start;
      all.add(nanos);
      byOperation.computeIfAbsent(label, k -> new Samples(1024)).add(nanos);
    }
  }

  /**
   * Books a balance-changing POST: 201 acknowledges its entry (once, even when replayed), 409 is an allowed
   * refusal, anything else leaves the customer's balance uncertain.
   */
  public LoadOperation.Outcome booked(String customer, Response r) {
    if (r.status() == 201) {
      if (!"true".equals(r.header("idempotent-replayed"))) {
        Map<String, Object> entry = r.json();
        ledger.acknowledged(customer, (String) entry.get("id"), ((Number) entry.get("points")).longValue());
      }
      return LoadOperation.Outcome.OK;
    }
    if (r.status() == 409) {
      return LoadOperation.Outcome.REFUSED;
    }
    ledger.uncertain(customer);
    return LoadOperation.Outcome.ERROR;
  }

  /**
   * Books an earning request (order webhook 200, vendor sale 201): "earned" adds its points to what the customer
   * should hold; any other answer is an error that leaves the customer's balance uncertain.
   */
  public LoadOperation.Outcome earned(String customer, Response r) {
    if ((r.status() == 200 || r.status() == 201) && "earned".equals(r.json().get("result"))) {
      ledger.earned(customer, ((Number) r.json().get("earned")).longValue());
      return LoadOperation.Outcome.OK;
    }
    ledger.uncertain(customer);
    return LoadOperation.Outcome.ERROR;
  }

  static ConcurrentHashMap<String, Samples> newSampleMap() {
    return new ConcurrentHashMap<>();
  }
}
