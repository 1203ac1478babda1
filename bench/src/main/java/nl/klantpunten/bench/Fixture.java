package nl.klantpunten.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.dynamodb.TableSchema;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The in-process world the request-count and latency phases run in: one DynamoDB Local, a counted client, the
 * product's table and a twin "floor" table, one program (tenant) with a key per role and a pool of customers.
 *
 * <p>Everything written to the product table while preparing data is written to the twin as well
 * ({@link #mirrored}), by replaying the very requests the stores sent; so the floor (the handler's own requests
 * replayed against the twin) meets the same items and the same conditions as the handler did.
 */
public final class Fixture {
  public static final String TABLE = "bench";
  public static final String FLOOR_TABLE = "bench-floor";
  public static final long STARTING_BALANCE = 1_000_000;

  private final URI endpoint;
  private final RequestCounter counter;
  private final DynamoDbClient dynamo;
  private final Backend backend;
  private final TestProgram program;
  private final List<CustomerId> customers = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private int nextCustomer;

  Fixture(URI dynamoEndpoint, int customerCount) {
    this.endpoint = dynamoEndpoint;
    this.counter = new RequestCounter();
    this.dynamo = AwsClientConfig.local(dynamoEndpoint)
        .build(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
    TableSchema.createIfMissing(dynamo, TABLE);
    TableSchema.createIfMissing(dynamo, FLOOR_TABLE);
    this.backend = Backend.over(dynamo, TABLE, Clock.systemUTC());
    this.program = mirrored(() -> TestProgram.create(backend, ProgramKind.SHOP));
    for (int i = 0; i < customerCount; i++) {
      CustomerId id = new CustomerId("bench-" + i);
      mirrored(() -> {
        backend.stores().customers().save(program.id(), id,
            CustomerDetails.parse("bench-" + id.value() + "@example.com", "Bench Customer " + id.value(), null),
            Instant.now());
        return backend.stores().ledger().record(program.id(), new BalanceChange(id, STARTING_BALANCE,
            EntryKind.ADJUST, Reason.MANUAL, "bench starting balance", null, "bench", null));
      });
      customers.add(id);
    }
    counter.reset();
  }

  public URI endpoint() {
    return endpoint;
  }

  public RequestCounter counter() {
    return counter;
  }

  public DynamoDbClient dynamo() {
    return dynamo;
  }

  public Backend backend() {
    return backend;
  }

  public TestProgram program() {
    return program;
  }

  public String key(Role role) {
    return program.key(role);
  }

  /** The next customer of the pool, round robin. */
  public CustomerId customer() {
    return customers.get(Math.floorMod(nextCustomer++, customers.size()));
  }

  public CustomerId firstCustomer() {
    return customers.get(0);
  }

  /** A number never handed out before in this run: for ids of things each call creates. */
  public long unique() {
    return sequence.incrementAndGet();
  }

  /**
   * Runs {@code work} (data preparation, untimed) and writes whatever it wrote to the product table to the floor
   * table too, by replaying its successful write requests there in the same order.
   */
  public <T> T mirrored(Supplier<T> work) {
    RequestCounter.Captured<T> captured = counter.capture(work);
    for (RequestCounter.Call call : captured.calls()) {
      if (call.succeeded() && Replay.isWrite(call)) {
        Replay.send(dynamo, Replay.retarget(call.request(), FLOOR_TABLE));
      }
    }
    return captured.result();
  }

  /** Credits a customer outside any measured call (on both tables) and answers the new entry's id. */
  public String prepareEntry(CustomerId customer, long points) {
    return mirrored(() -> backend.stores().ledger().record(program.id(), new BalanceChange(customer, points,
        EntryKind.ADJUST, Reason.MANUAL, "bench preparation", null, "bench", null))).entry().id();
  }

  public APIGatewayV2HTTPEvent get(String pathAndQuery) {
    return request("GET", pathAndQuery, null, Role.ADMIN);
  }

  public APIGatewayV2HTTPEvent post(String path, String body) {
    return request("POST", path, body, Role.ADMIN);
  }

  public APIGatewayV2HTTPEvent put(String path, String body) {
    return request("PUT", path, body, Role.ADMIN);
  }

  public APIGatewayV2HTTPEvent delete(String path) {
    return request("DELETE", path, null, Role.ADMIN);
  }

  public APIGatewayV2HTTPEvent request(String method, String pathAndQuery, String body, Role role) {
    return Http.event(method, pathAndQuery, body, key(role), Map.of());
  }

  /** Runs one event through a handler's Lambda entry point, recording the SDK calls it made. */
  public RequestCounter.Captured<APIGatewayV2HTTPResponse> invoke(HttpFunction function,
      APIGatewayV2HTTPEvent event) {
    return counter.capture(() -> function.handleRequest(event, null));
  }

  /** The floor table's copy of a captured request. */
  static SdkRequest onFloor(RequestCounter.Call call) {
    return Replay.retarget(call.request(), FLOOR_TABLE);
  }
}
