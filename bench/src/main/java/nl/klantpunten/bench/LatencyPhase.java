package nl.klantpunten.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantpunten.api.HttpFunction;

/**
 * Warm latency against the floor. Per operation, after warm-up, N calls of the handler's Lambda entry point
 * (in-process, against DynamoDB Local and the S3 emulator), each followed at once by its floor: the handler's own
 * requests of the operation's floor operations, replayed against the twin table (an S3 upload: the same size to a
 * twin key) through the same clients. Interleaving keeps both
 * under the same machine load; the ratio is handler time over floor time.
 */
final class LatencyPhase {
  private final Fixture fixture;
  private final List<BenchOperation> operations;
  private final int warmup;
  private final int calls;

  LatencyPhase(Fixture fixture, List<BenchOperation> operations, int warmup, int calls) {
    this.fixture = fixture;
    this.operations = operations;
    this.warmup = warmup;
    this.calls = calls;
  }

  /** What the timed calls of one operation gave. */
  private static final class Tally {
    final Samples handler;
    final Samples floor;
    int errors;
    int floorErrors;

    Tally(int expected) {
      handler = new Samples(expected);
      floor = new Samples(expected);
    }
  }

  Map<String, Object> run() {
    List<BenchOperation> ops = operations;
    Map<String, HttpFunction> functions = new LinkedHashMap<>();
    ops.forEach(op -> functions.computeIfAbsent(op.function(), name -> Bench.function(name, fixture)));
    for (int round = 0; round < warmup; round++) { // every path warm before any is timed
      for (BenchOperation op : ops) {
        once(op, functions.get(op.function()), null);
      }
    }
    Table table = new Table("warm latency vs floor (" + calls + " calls each, in-process, DynamoDB Local; ms)",
        "operation", "handler p50", "p99", "floor p50", "p99", "ratio p50", "ratio p99", "floor calls", "errors");
    Map<String, Object> json = new LinkedHashMap<>();
    for (BenchOperation op : ops) {
      Tally m = new Tally(calls);
      for (int i = 0; i < calls; i++) {
        once(op, functions.get(op.function()), m);
      }
      long hp50 = m.handler.percentile(50);
      long hp99 = m.handler.percentile(99);
      long fp50 = m.floor.percentile(50);
      long fp99 = m.floor.percentile(99);
      table.row(op.name(), Table.ms(hp50), Table.ms(hp99), Table.ms(fp50), Table.ms(fp99), Table.ratio(hp50, fp50),
          Table.ratio(hp99, fp99), String.join(" + ", op.floor()), Integer.toString(m.errors + m.floorErrors));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("calls", m.handler.count());
      row.put("handlerP50Ms", ColdStartPhase.ms(hp50));
      row.put("handlerP99Ms", ColdStartPhase.ms(hp99));
      row.put("floorP50Ms", ColdStartPhase.ms(fp50));
      row.put("floorP99Ms", ColdStartPhase.ms(fp99));
      row.put("ratioP50", ColdStartPhase.ratio(hp50, fp50));
      row.put("ratioP99", ColdStartPhase.ratio(hp99, fp99));
      row.put("floor", op.floor());
      row.put("errors", m.errors);
      row.put("floorErrors", m.floorErrors);
      json.put(op.name(), row);
    }
    table.print();
    System.out.println("  floor = the handler's own requests of those operations, replayed on a twin table (S3: an"
        + " upload of the same size);\n  target ratio <= 1.3×. Not yet built, so not measured: " + String.join(", ",
        Catalog.notYetBuilt().stream().map(Catalog.NotYetBuilt::name).toList()) + ".");
    json.put("notYetBuilt", Catalog.notYetBuilt().stream().map(Catalog.NotYetBuilt::name).toList());
    return json;
  }

  /** One handler call and its floor, recorded in {@code tally} unless it is null (warm-up). */
  private void once(BenchOperation op, HttpFunction function, Tally tally) {
    APIGatewayV2HTTPEvent event = op.request().apply(fixture);
    long start = System.nanoTime();
    RequestCounter.Captured<APIGatewayV2HTTPResponse> captured = fixture.invoke(function, event);
    long handlerNanos = System.nanoTime() - start;
    boolean ok = captured.result().getStatusCode() == op.expectedStatus();

    Set<String> floorOps = op.floorSet();
    List<Runnable> floors = new ArrayList<>();
    for (RequestCounter.Call call : captured.calls()) {
      // built before timing: the floor is the sending only
      floors.add(floorOps.contains(call.operation()) ? fixture.floorOf(call) : null);
    }
    long floorNanos = 0;
    int floorCalls = 0;
    int floorErrors = 0;
    for (int i = 0; i < floors.size(); i++) {
      RequestCounter.Call call = captured.calls().get(i);
      if (floors.get(i) != null) {
        long t = System.nanoTime();
        try {
          floors.get(i).run();
          floorCalls++;
        } catch (RuntimeException e) {
          if (call.succeeded()) {
            floorErrors++;
          }
        }
        floorNanos += System.nanoTime() - t;
      } else {
        fixture.mirror(call); // keep the twin in step, untimed
      }
    }
    if (floorCalls == 0) {
      floorErrors++;
    }
    if (tally != null) {
      tally.handler.add(handlerNanos);
      tally.floor.add(floorNanos);
      tally.errors += ok ? 0 : 1;
      tally.floorErrors += floorErrors;
    }
  }
}
