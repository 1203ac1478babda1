package nl.klantpunten.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.klantpunten.api.Backend;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.api.testing.Http;
import nl.klantpunten.api.testing.TestProgram;
import nl.klantpunten.api.testing.TestSettings;
import nl.klantpunten.aws.AwsClientConfig;
import nl.klantpunten.core.auth.Role;
import nl.klantpunten.core.card.CardCode;
import nl.klantpunten.core.card.CardCodeAlphabet;
import nl.klantpunten.core.customer.CustomerDetails;
import nl.klantpunten.core.customer.CustomerId;
import nl.klantpunten.core.ledger.BalanceChange;
import nl.klantpunten.core.ledger.EntryKind;
import nl.klantpunten.core.ledger.Reason;
import nl.klantpunten.core.program.ProgramKind;
import nl.klantpunten.core.store.CardFileStore;
import nl.klantpunten.core.webhook.Platform;
import nl.klantpunten.dynamodb.TableSchema;
import nl.klantpunten.s3.S3CardFileStore;
import nl.klantpunten.s3.S3Clients;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The in-process world the request-count and latency phases run in: one DynamoDB Local and one S3 emulator behind
 * clients that carry the {@link RequestCounter}, the product's table and a twin "floor" table, the card bucket, and
 * one program (tenant) with a key per role: a vendor program (cards belong to vendor programs; orders earn the same
 * for either kind) that earns 10 points per 5.00 EUR, has a WooCommerce signing secret and a card program, and a
 * pool of customers that each hold a card code.
 *
 * <p>Everything written to the product table while preparing data is written to the twin as well
 * ({@link #mirrored}), by replaying the very requests the stores sent; so the floor (the handler's own requests
 * replayed against the twin) meets the same items and the same conditions as the handler did.
 */
public final class Fixture {
  public static final String TABLE = "bench";
  public static final String FLOOR_TABLE = "bench-floor";
  public static final String CARD_BUCKET = "klantpunten-cards-bench";
  public static final String WOOCOMMERCE_SECRET = "wc_bench_secret_5e1f0c9a7b3d";
  public static final String CARD_PROGRAM_SLUG = "bench-bakery";
  public static final long STARTING_BALANCE = 1_000_000;
  /** The program's earning ratio: 10 points per 5.00 EUR, as the earning tests use. */
  public static final String EARNING_SETTINGS = "{\"earning\": {\"ratio\": {\"points\": 10, \"amount\": \"5.00\"}},"
      + " \"redemption\": {\"enabled\": true}}";

  private final URI endpoint;
  private final URI s3Endpoint;
  private final RequestCounter counter;
  private final DynamoDbClient dynamo;
  private final S3Client s3;
  private final CardFileStore cardFiles;
  private final Backend backend;
  private final TestProgram program;
  private final List<CustomerId> customers = new ArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, HttpFunction> preparers = new HashMap<>();
  private int nextCustomer;

  Fixture(URI dynamoEndpoint, URI s3Endpoint, int customerCount) {
    this.endpoint = dynamoEndpoint;
    this.s3Endpoint = s3Endpoint;
    this.counter = new RequestCounter();
    this.dynamo = AwsClientConfig.local(dynamoEndpoint)
        .build(DynamoDbClient.builder().overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
    AwsClientConfig s3Config = AwsClientConfig.local(s3Endpoint);
    this.s3 = s3Config.build(S3Client.builder().forcePathStyle(true)
        .overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
    S3Clients.createBucketIfMissing(s3, CARD_BUCKET);
    this.cardFiles = new S3CardFileStore(s3, S3Clients.presigner(s3Config), CARD_BUCKET);
    TableSchema.createIfMissing(dynamo, TABLE);
    TableSchema.createIfMissing(dynamo, FLOOR_TABLE);
    this.backend = Backend.over(dynamo, TABLE, Clock.systemUTC());
    this.program = mirrored(() -> TestProgram.create(backend, ProgramKind.VENDOR));
    mirrored(() -> TestSettings.apply(backend, program.id(), EARNING_SETTINGS));
    mirrored(() -> {
      TestSettings.secret(backend, program.id(), Platform.WOOCOMMERCE, WOOCOMMERCE_SECRET);
      return null;
    });
    APIGatewayV2HTTPResponse cardProgram = prepare("enrolment", request("PUT", "/v1/card-program",
        "{\"slug\":\"" + CARD_PROGRAM_SLUG + "\",\"customerBaseUrl\":\"https://bakkerij.example/klant\","
            + "\"welcomePoints\":25,\"validityMonths\":24,\"enrolmentsPerMinute\":6000}", Role.ADMIN));
    if (cardProgram.getStatusCode() / 100 != 2) {
      throw new IllegalStateException("the card program was not set up: " + cardProgram.getBody());
    }
    for (int i = 0; i < customerCount; i++) {
      CustomerId id = new CustomerId("bench-" + i);
      mirrored(() -> {
        backend.stores().customers().save(program.id(), id, CustomerDetails.parse("bench-" + id.value()
            + "@example.com", "Bench Customer " + id.value(), cardCodeOf(id)), Instant.now());
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

  public URI s3Endpoint() {
    return s3Endpoint;
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

  /** The card store over the counted S3 client, as the card function uses it in Lambda. */
  public CardFileStore cardFiles() {
    return cardFiles;
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

  /**
   * The card code every pool customer carries on its profile: a valid code (alphabet and check character) that
   * spells the customer's number, so it is the same in every run and never collides.
   */
  public static String cardCodeOf(CustomerId customer) {
    long n = Long.parseLong(customer.value().substring("bench-".length()));
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < CardCode.DATA_LENGTH; i++) {
      data.insert(0, CardCodeAlphabet.charOf((int) (n % CardCodeAlphabet.SIZE)));
      n /= CardCodeAlphabet.SIZE;
    }
    String compact = data.toString() + CardCodeAlphabet.checkCharacter(data);
    return new CardCode(compact.substring(0, CardCode.GROUP) + "-" + compact.substring(CardCode.GROUP)).value();
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
    captured.calls().forEach(this::mirror);
    return captured.result();
  }

  /** Keeps the twin table in step: a DynamoDB write the handler made successfully is replayed there. */
  void mirror(RequestCounter.Call call) {
    if (call.succeeded() && Replay.isWrite(call) && Replay.isDynamo(call)) {
      Replay.send(dynamo, onFloor(call));
    }
  }

  /**
   * Sends an event through a function of the catalog, untimed and {@link #mirrored}: for operations whose request
   * needs a state another call makes first (an order already delivered). The function instance is kept apart from
   * the measured one.
   */
  public APIGatewayV2HTTPResponse prepare(String module, APIGatewayV2HTTPEvent event) {
    HttpFunction function = preparers.computeIfAbsent(module, m -> Bench.function(m, this));
    return mirrored(() -> function.handleRequest(event, null));
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
    return Http.event(method, pathAndQuery, body, role == null ? null : key(role), Map.of());
  }

  /** A request without API key (public routes: platform webhooks, enrolment) with the caller's own headers. */
  public APIGatewayV2HTTPEvent unauthenticated(String method, String pathAndQuery, String body,
      Map<String, String> headers) {
    return Http.event(method, pathAndQuery, body, null, headers);
  }

  /** Runs one event through a handler's Lambda entry point, recording the SDK calls it made. */
  public RequestCounter.Captured<APIGatewayV2HTTPResponse> invoke(HttpFunction function,
      APIGatewayV2HTTPEvent event) {
    return counter.capture(() -> function.handleRequest(event, null));
  }

  /** The floor table's copy of a captured DynamoDB request. */
  static SdkRequest onFloor(RequestCounter.Call call) {
    return Replay.retarget(call.request(), FLOOR_TABLE);
  }

  /**
   * The floor of one captured call, built now and sent when run: a DynamoDB request replayed on the twin table,
   * an S3 upload of the same size to a twin key next to the handler's object.
   */
  Runnable floorOf(RequestCounter.Call call) {
    if (Replay.isDynamo(call)) {
      SdkRequest request = onFloor(call);
      return () -> Replay.send(dynamo, request);
    }
    if (call.request() instanceof PutObjectRequest put && call.bodyBytes() >= 0) {
      PutObjectRequest twin = put.toBuilder().key(put.key() + ".floor").build();
      byte[] body = new byte[(int) call.bodyBytes()];
      return () -> s3.putObject(twin, RequestBody.fromBytes(body));
    }
    throw new IllegalArgumentException("no floor for " + call + ": add it to Fixture.floorOf");
  }
}
