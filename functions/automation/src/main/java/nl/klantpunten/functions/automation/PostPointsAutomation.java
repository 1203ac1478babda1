package nl.klantpunten.functions.automation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.klantpunten.api.ApiRequest;
import nl.klantpunten.api.ApiResponse;
import nl.klantpunten.api.Fingerprint;
import nl.klantpunten.api.Operation;
import nl.klantpunten.core.automation.AutomationCommand;
import nl.klantpunten.core.automation.AutomationKeys;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.error.UnprocessableException;
import nl.klantpunten.core.error.ValidationException;
import nl.klantpunten.core.ledger.IdempotencyKey;
import nl.klantpunten.core.page.Page;
import nl.klantpunten.core.program.ProgramId;
import nl.klantpunten.core.segment.SegmentMember;
import nl.klantpunten.core.store.LedgerStore;
import nl.klantpunten.core.settings.PointsSwitch;
import nl.klantpunten.core.store.SegmentQuery;
import nl.klantpunten.core.store.SettingsStore;

/**
 * POST /v1/automation/points {customerIds[] | segment, action, points, note} with a required Idempotency-Key → 200
 * with one result per customer (applied, replayed, unchanged or failed, with shortfall and balance) and counts. A
 * segment is resolved first and may hold at most 1000 customers (a larger one is refused before anything is
 * written: use a gift plan, which works in batches). Customers are processed {@link #PARALLEL} at a time, each in
 * its own ledger transaction, so 1000 customers fit in the function's time. While the program's points are off the
 * whole request is refused with 409 POINTS_DISABLED before anything is read or written.
 */
final class PostPointsAutomation implements Operation {
  static final int PARALLEL = 8;
  private final LedgerStore ledger;
  private final SegmentQuery segments;
  private final SettingsStore settings;

  PostPointsAutomation(LedgerStore ledger, SegmentQuery segments, SettingsStore settings) {
    this.ledger = ledger;
    this.segments = segments;
    this.settings = settings;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    String requestKey = request.header("idempotency-key");
    if (requestKey == null) {
      throw ValidationException.of("Idempotency-Key", "required",
          "a bulk action needs an Idempotency-Key so that a retry cannot apply it twice");
    }
    new IdempotencyKey("api", requestKey, "format check"); // 400 naming Idempotency-Key before anything is read
    AutomationCommand command = AutomationCommand.parse(request.json().asMap());
    ProgramId program = request.principal().programId();
    PointsSwitch.requireOn(settings.load(program));
    List<CustomerId> customers = command.customers() != null ? command.customers() : members(program, command);
    String fingerprint = Fingerprint.of(request);
    CustomerPoints perCustomer = new CustomerPoints(ledger);
    List<Map<String, Object>> results = new ArrayList<>(customers.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, Math.max(1, customers.size())));
    try {
      List<Future<Map<String, Object>>> futures = new ArrayList<>();
      for (CustomerId customer : customers) {
        futures.add(pool.submit(() -> perCustomer.apply(program, customer, command.action(), command.points(),
            command.note(), request.principal().keyId(),
            AutomationKeys.forCustomer(requestKey, customer, fingerprint))));
      }
      for (Future<Map<String, Object>> f : futures) {
        results.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("action", command.action().wireName());
    body.put("points", command.points());
    body.put("customers", customers.size());
    for (String status : List.of("applied", "replayed", "unchanged", "failed")) {
      body.put(status, results.stream().filter(r -> status.equals(r.get("status"))).count());
    }
    body.put("results", results);
    return ApiResponse.ok(body);
  }

  private List<CustomerId> members(ProgramId program, AutomationCommand command) {
    List<CustomerId> found = new ArrayList<>();
    String cursor = null;
    do {
      Page<SegmentMember> page = segments.members(program, command.segment(), SegmentQuery.MAX_LIMIT, cursor);
      page.items().forEach(m -> found.add(m.customerId()));
      if (found.size() > AutomationCommand.MAX_CUSTOMERS) {
        throw new UnprocessableException("SEGMENT_TOO_LARGE", "segment",
            "the segment holds more than " + AutomationCommand.MAX_CUSTOMERS
                + " customers; narrow it or use a gift plan, which runs in batches");
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return found;
  }
}
