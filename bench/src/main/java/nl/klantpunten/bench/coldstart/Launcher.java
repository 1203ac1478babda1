package nl.klantpunten.bench.coldstart;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of a cold-start run: a fresh JVM whose class path is one function's deployable jar plus this
 * class. It does what the Lambda Java runtime does with a handler — load the class, call its no-argument constructor
 * (the init phase), hand it one event (the first invoke) — and prints the System.nanoTime of each step, which on
 * Linux is CLOCK_MONOTONIC and so comparable with the parent's clock.
 *
 * <p>Arguments: handler class, "prime" or "no-prime" (prime: call the handler's SnapStart
 * {@code beforeCheckpoint} after construction, as the snapshot would have), method (or {@value #STREAM} for a
 * DynamoDB stream batch), path, body or "-", API key or "-". It deliberately uses nothing but the JDK and the event
 * classes every function jar carries.
 */
public final class Launcher {
  public static final String RESULT_PREFIX = "COLDSTART ";
  /** The method argument that sends a DynamoDB stream batch instead of an API Gateway event. */
  public static final String STREAM = "STREAM";

  private Launcher() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    long main = System.nanoTime();
    String handlerClass = args[0];
    boolean prime = "prime".equals(args[1]);
    Class<?> type = Class.forName(handlerClass); // runs static initialisers, as the runtime's class loading does
    long loaded = System.nanoTime();
    Object handler = type.getDeclaredConstructor().newInstance();
    long constructed = System.nanoTime();
    if (prime) {
      Method beforeCheckpoint = findBeforeCheckpoint(type);
      if (beforeCheckpoint != null) {
        beforeCheckpoint.invoke(handler, new Object[] {null});
      }
    }
    long primed = System.nanoTime();
    boolean stream = STREAM.equals(args[2]);
    RequestHandler<Object, Object> lambda = (RequestHandler<Object, Object>) handler;
    Object first = lambda.handleRequest(stream ? streamBatch("1") : event(args, "cold-1"), null);
    long firstDone = System.nanoTime();
    Object second = lambda.handleRequest(stream ? streamBatch("2") : event(args, "cold-2"), null);
    long secondDone = System.nanoTime();
    System.out.println(RESULT_PREFIX + "main=" + main + " loaded=" + loaded + " constructed=" + constructed
        + " primed=" + primed + " first=" + firstDone + " second=" + secondDone
        + " status=" + status(first) + " status2=" + status(second));
    System.out.flush();
    Runtime.getRuntime().halt(0); // SDK threads must not keep the process alive; the figure is already out
  }

  /** An HTTP response's status; a stream batch answers 200 when no record failed, 500 otherwise. */
  private static int status(Object response) {
    if (response instanceof APIGatewayV2HTTPResponse http) {
      return http.getStatusCode();
    }
    if (response instanceof StreamsEventResponse batch) {
      return batch.getBatchItemFailures() == null || batch.getBatchItemFailures().isEmpty() ? 200 : 500;
    }
    return 200;
  }

  /** A stream batch of one INSERT of a ledger entry item, as the event source mapping hands it over. */
  private static DynamodbEvent streamBatch(String sequence) {
    Map<String, AttributeValue> keys = new HashMap<>();
    keys.put("pk", new AttributeValue().withS("P#prg_cold#C#c-1"));
    keys.put("sk", new AttributeValue().withS("TX#cold-" + sequence));
    Map<String, AttributeValue> image = new HashMap<>(keys);
    image.put("points", new AttributeValue().withN("10"));
    StreamRecord change = new StreamRecord().withKeys(keys).withNewImage(image).withSequenceNumber(sequence)
        .withSizeBytes(100L);
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventID("cold-" + sequence);
    record.setEventName("INSERT");
    record.setEventSource("aws:dynamodb");
    record.setAwsRegion("us-east-1");
    record.setDynamodb(change);
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record));
    return event;
  }

  private static Method findBeforeCheckpoint(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("beforeCheckpoint") && m.getParameterCount() == 1) {
        return m;
      }
    }
    return null;
  }

  private static APIGatewayV2HTTPEvent event(String[] args, String requestId) {
    String method = args[2];
    String path = args[3];
    String body = "-".equals(args[4]) ? null : args[4];
    String key = "-".equals(args[5]) ? null : args[5];
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    if (key != null) {
      headers.put("authorization", "Bearer " + key);
    }
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withRawQueryString("")
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(false)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(requestId)
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
            .build())
        .build();
  }
}
