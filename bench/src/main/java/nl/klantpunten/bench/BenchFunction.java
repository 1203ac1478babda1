package nl.klantpunten.bench;

import java.util.Map;
import java.util.function.Function;
import nl.klantpunten.api.HttpFunction;
import nl.klantpunten.bench.coldstart.Launcher;

/**
 * A deployable function as the benchmark knows it: its module folder under functions/ (where its
 * {@code target/*-lambda.jar} is), the handler class Lambda instantiates, how to build it in-process over the
 * fixture's counted clients (null for a function that is not an HTTP function, such as the stream consumer), the
 * one event its cold start is timed with, and what its deployed environment holds beyond the table name.
 */
public record BenchFunction(String module, String handlerClass, Function<Fixture, HttpFunction> inProcess,
    ColdRequest coldRequest, Map<String, String> environment) {

  public BenchFunction(String module, String handlerClass, Function<Fixture, HttpFunction> inProcess,
      ColdRequest coldRequest) {
    this(module, handlerClass, inProcess, coldRequest, Map.of());
  }

  public BenchFunction withEnvironment(Map<String, String> variables) {
    return new BenchFunction(module, handlerClass, inProcess, coldRequest, Map.copyOf(variables));
  }

  public boolean isHttp() {
    return inProcess != null;
  }

  /**
   * The event the cold-start launcher sends. {customer}, {card} and {order} in the path and body are replaced by an
   * existing customer's id, that customer's card code and a number unique to the launch. Method {@value #STREAM}
   * sends a DynamoDB stream batch (one INSERT record) instead of an API Gateway event.
   */
  public record ColdRequest(String method, String path, String body) {
    public static final String STREAM = Launcher.STREAM;

    public static ColdRequest get(String path) {
      return new ColdRequest("GET", path, null);
    }

    public static ColdRequest post(String path, String body) {
      return new ColdRequest("POST", path, body);
    }

    public static ColdRequest streamBatch() {
      return new ColdRequest(STREAM, "-", null);
    }
  }
}
