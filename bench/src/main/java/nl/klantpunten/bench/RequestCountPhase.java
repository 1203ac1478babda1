package nl.klantpunten.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.klantpunten.api.HttpFunction;

/**
 * Requests per operation: each operation once on a freshly built handler (its API-key cache is empty, as in a new
 * container or after the cache's 60 s), then once more (steady state, key cached). Counted by the
 * {@link RequestCounter} on the fixture's DynamoDB and S3 clients; a retried request counts twice. Operations the
 * issue names that are not built yet are listed as such.
 */
final class RequestCountPhase {
  private final Fixture fixture;
  private final List<BenchOperation> operations;

  RequestCountPhase(Fixture fixture, List<BenchOperation> operations) {
    this.fixture = fixture;
    this.operations = operations;
  }

  Map<String, Object> run() {
    Table table = new Table("requests per operation (DynamoDB and S3; SDK attempts on the wire)", "operation",
        "1st call (key not cached)", "steady state", "reads", "writes", "write items", "S3", "target", "meets");
    Map<String, Object> json = new LinkedHashMap<>();
    for (BenchOperation op : operations) {
      HttpFunction function = Bench.function(op.function(), fixture);
      List<RequestCounter.Call> first = call(function, op);
      List<RequestCounter.Call> steady = call(function, op);
      long reads = steady.stream().filter(c -> !Replay.isWrite(c)).mapToLong(RequestCounter.Call::attempts).sum();
      long writes = steady.stream().filter(Replay::isWrite).mapToLong(RequestCounter.Call::attempts).sum();
      long writeItems = steady.stream().filter(Replay::isWrite).mapToLong(RequestCounter.Call::items).sum();
      long s3 = steady.stream().filter(c -> "S3".equals(c.service())).mapToLong(RequestCounter.Call::attempts).sum();
      String meets = meets(op.target(), reads, writes);
      table.row(op.name(), describe(first), describe(steady), Long.toString(reads), Long.toString(writes),
          Long.toString(writeItems), Long.toString(s3), op.target().isEmpty() ? "-" : op.target(), meets);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("function", op.function());
      row.put("firstCall", first.stream().map(RequestCounter.Call::toString).toList());
      row.put("steadyState", steady.stream().map(RequestCounter.Call::toString).toList());
      row.put("steadyReads", reads);
      row.put("steadyWrites", writes);
      row.put("steadyWriteItems", writeItems);
      row.put("steadyS3Requests", s3);
      row.put("target", op.target());
      row.put("meetsTarget", meets);
      json.put(op.name(), row);
    }
    for (Catalog.NotYetBuilt missing : Catalog.notYetBuilt()) {
      table.row(missing.name(), "not yet built (" + missing.where() + ")", "-", "-", "-", "-", "-",
          missing.target().isEmpty() ? "-" : missing.target(), "-");
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("notYetBuilt", missing.where());
      row.put("target", missing.target());
      json.put(missing.name(), row);
    }
    table.print();
    System.out.println("  A TransactWriteItems is one request; DynamoDB bills each of its items as two writes."
        + " S3 requests are counted\n  with the DynamoDB ones (reads/writes) and on their own (S3).");
    return json;
  }

  /** One call of the operation; its writes are mirrored onto the floor table so the twin stays in step. */
  private List<RequestCounter.Call> call(HttpFunction function, BenchOperation op) {
    var event = op.request().apply(fixture);
    RequestCounter.Captured<APIGatewayV2HTTPResponse> captured = fixture.invoke(function, event);
    int status = captured.result().getStatusCode();
    if (status != op.expectedStatus()) {
      throw new IllegalStateException(op.name() + " answered " + status + " (expected " + op.expectedStatus()
          + "): " + captured.result().getBody());
    }
    captured.calls().forEach(fixture::mirror);
    return captured.calls();
  }

  static String describe(List<RequestCounter.Call> calls) {
    if (calls.isEmpty()) {
      return "none";
    }
    return calls.stream().collect(Collectors.groupingBy(RequestCounter.Call::toString, LinkedHashMap::new,
            Collectors.counting()))
        .entrySet().stream().map(e -> (e.getValue() > 1 ? e.getValue() + "× " : "") + e.getKey())
        .collect(Collectors.joining(" + "));
  }

  private static String meets(String target, long reads, long writes) {
    return switch (target) {
      case "1 write" -> writes == 1 ? "yes" : "NO";
      case "1 read" -> reads == 1 && writes == 0 ? "yes" : "NO";
      case "0 writes" -> writes == 0 ? "yes" : "NO";
      default -> "-";
    };
  }
}
