package nl.klantpunten.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Counts the requests an SDK client sends, by service and operation (DynamoDb.GetItem, DynamoDb.TransactWriteItems,
 * S3.PutObject…), so that "one write request per balance change" is a measured figure rather than a belief.
 *
 * <p>Attach it with {@code builder.overrideConfiguration(c -> c.addExecutionInterceptor(counter))} to every client a
 * {@code Backend} is built over. It keeps running totals (thread-safe) and, inside {@link #capture}, the list of
 * calls the current thread made, with their request objects, so a benchmark can replay exactly those requests.
 * Requests on the wire are counted per attempt: an SDK retry is a second request.
 */
public final class RequestCounter implements ExecutionInterceptor {
  private static final ExecutionAttribute<Call> CALL = new ExecutionAttribute<>("klantpunten.bench.call");
  private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();
  private final ThreadLocal<List<Call>> recording = new ThreadLocal<>();

  /** One API call: its service, operation, the request as the caller built it, attempts on the wire, outcome. */
  public static final class Call {
    private final String service;
    private final String operation;
    private final SdkRequest request;
    private int attempts;
    private boolean succeeded;
    private long bodyBytes = -1;

    Call(String service, String operation, SdkRequest request) {
      this.service = service;
      this.operation = operation;
      this.request = request;
    }

    public String service() {
      return service;
    }

    public String operation() {
      return operation;
    }

    public String name() {
      return service + "." + operation;
    }

    public SdkRequest request() {
      return request;
    }

    public int attempts() {
      return attempts;
    }

    public boolean succeeded() {
      return succeeded;
    }

    /** The request body's length on the wire (an S3 upload's size), -1 when unknown or bodiless. */
    public long bodyBytes() {
      return bodyBytes;
    }

    /** Items in a TransactWriteItems request (each costs a write), 1 for every other call. */
    public int items() {
      return request instanceof TransactWriteItemsRequest t ? t.transactItems().size() : 1;
    }

    @Override
    public String toString() {
      return name() + (items() > 1 ? "(" + items() + " items)" : "") + (attempts > 1 ? "×" + attempts : "");
    }
  }

  /** What one piece of work sent. */
  public record Captured<T>(T result, List<Call> calls) {}

  /** Runs {@code work} on this thread and returns, with its result, every call it made through counted clients. */
  public <T> Captured<T> capture(Supplier<T> work) {
    List<Call> previous = recording.get();
    List<Call> calls = new ArrayList<>();
    recording.set(calls);
    try {
      return new Captured<>(work.get(), calls);
    } finally {
      recording.set(previous);
    }
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    Call call = new Call(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), context.request());
    attributes.putAttribute(CALL, call);
    List<Call> calls = recording.get();
    if (calls != null) {
      calls.add(call);
    }
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Call call = attributes.getAttribute(CALL);
    call.attempts++;
    context.requestBody().flatMap(b -> b.optionalContentLength()).ifPresent(n -> call.bodyBytes = n);
    totals.computeIfAbsent(call.name(), k -> new LongAdder()).increment();
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    attributes.getAttribute(CALL).succeeded = true;
  }

  /** Requests sent so far (attempts on the wire), by "Service.Operation", sorted by name. */
  public Map<String, Long> totals() {
    Map<String, Long> copy = new TreeMap<>();
    totals.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  public long total() {
    return totals.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public void reset() {
    totals.clear();
  }
}
